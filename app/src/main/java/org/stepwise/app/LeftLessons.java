package org.stepwise.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.LessonPanel;

/**
 * What the learner left behind in each lesson of this window (its data with any points drawn,
 * parameters, seed and the step shown), so that looking at another lesson and coming back finds
 * the work as it was, as a browser's tabs would. Only the recipe is kept, never the panel: the
 * run is replayed on return.
 *
 * <p>At most {@link #CAPACITY} lessons are remembered, the least recently left forgotten first:
 * a lesson can hold a large imported file, and the window's memory budget is for one lesson at
 * a time.
 */
final class LeftLessons {

    static final int CAPACITY = 8;

    /** The state of one lesson when it was left. */
    record Left(Dataset data, boolean standardize, Params params, long seed, int step) {

        /** A state without the data option "standardize". */
        Left(Dataset data, Params params, long seed, int step) {
            this(data, false, params, seed, step);
        }
    }

    private final Map<String, Left> byLesson = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Left> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Remembers the panel's lesson as it is now; its run is about to be disposed of. */
    void leave(LessonPanel<?> panel) {
        remember(panel.lesson().info().id(), new Left(panel.rawData(), panel.standardized(), panel.params(), panel.seed(),
                panel.shownStep()));
    }

    void remember(String lessonId, Left state) {
        byLesson.put(lessonId, state);
    }

    /** The state the lesson was left in, forgotten as it is handed back. */
    Optional<Left> takeBack(String lessonId) {
        return Optional.ofNullable(byLesson.remove(lessonId));
    }

    /** Forgets a lesson (a session file is about to set its state). */
    void forget(String lessonId) {
        byLesson.remove(lessonId);
    }

    int size() { return byLesson.size(); }
}
