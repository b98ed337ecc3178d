package org.stepwise.viz.lesson;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;

/**
 * Draws a lesson's panel at a step without a window, for {@code stepwise render} and handouts.
 * Must be called on the FX application thread (the toolkit may run on the headless platform).
 */
public final class OffscreenRender {

    private OffscreenRender() {
    }

    /**
     * The lesson's panel after replaying {@code steps} steps (all of them when negative, up to
     * {@code limit}), laid out at {@code width × height} pixels.
     *
     * @throws IllegalArgumentException when data and parameters do not fit the engine
     */
    public static <S extends Snapshot> WritableImage render(Lesson<S> lesson, Dataset data, Params params, long seed,
                                                            int steps, int limit, int width, int height)
            throws InterruptedException {
        return render(lesson, data, false, params, seed, steps, limit, width, height);
    }

    /**
     * {@link #render(Lesson, Dataset, Params, long, int, int, int, int)} of raw data with the data
     * option "standardize" as given (the picker shows it ticked, the view draws standardized data).
     */
    public static <S extends Snapshot> WritableImage render(Lesson<S> lesson, Dataset data, boolean standardize,
                                                            Params params, long seed, int steps, int limit, int width,
                                                            int height) throws InterruptedException {
        LessonPanel<S> panel = new LessonPanel<>(lesson, id -> { });
        try {
            panel.restore(data, standardize, params, seed, 0);
            Scene scene = new Scene(panel, width, height);
            panel.applyCss();
            panel.layout();
            panel.replayAndDraw(steps, limit);
            panel.layout();
            return panel.picture(() -> scene.snapshot(null));
        } finally {
            panel.dispose();
        }
    }
}
