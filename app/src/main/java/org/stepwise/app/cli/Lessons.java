package org.stepwise.app.cli;

import java.util.stream.Collectors;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonInfo;

/** Lesson look-ups with the command line's wording. */
final class Lessons {

    private Lessons() {
    }

    /** The ids of every lesson, comma-separated, in catalog order. */
    static String ids(LessonCatalog catalog) {
        return catalog.infos().stream().map(LessonInfo::id).collect(Collectors.joining(", "));
    }

    /**
     * @throws IllegalArgumentException naming the ids there are when {@code id} is null or unknown
     */
    static Lesson<?> require(LessonCatalog catalog, String id) {
        if (id == null) {
            throw new IllegalArgumentException("Name a lesson; the lessons are: " + ids(catalog) + ".");
        }
        return catalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown lesson '" + id + "'; the lessons are: " + ids(catalog) + "."));
    }
}
