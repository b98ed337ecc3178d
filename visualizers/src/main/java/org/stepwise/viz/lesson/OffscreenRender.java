package org.stepwise.viz.lesson;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;

/**
 * Draws a lesson at a step without a window, for {@code stepwise render} and export.
 * Must be called on the FX application thread (the toolkit may run on the headless platform).
 */
public final class OffscreenRender {

    private OffscreenRender() {
    }

    /**
     * The lesson's panel after replaying {@code steps} steps (all of them when negative, up to
     * {@code limit}), laid out at {@code width × height} pixels.
     */
    public static <S extends Snapshot> WritableImage render(Lesson<S> lesson, Dataset data, Params params, long seed,
                                                            int steps, int limit, int width, int height) {
        S snapshot = RunReplay.replay(lesson, data, params, seed, steps, limit);
        LessonView<S> view = lesson.createView();
        StackPane root = new StackPane(view.node());
        Scene scene = new Scene(root, width, height);
        root.applyCss();
        root.layout();
        view.show(snapshot, data);
        root.layout();
        return scene.snapshot(null);
    }
}
