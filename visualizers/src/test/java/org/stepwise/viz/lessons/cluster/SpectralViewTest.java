package org.stepwise.viz.lessons.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.cluster.SpectralSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The spectral view: the matrix and the embedding appear with their stages, and once k-means has
 * labelled the points the affinity matrix is ordered by cluster, so its two diagonal blocks hold
 * the bright cells and the off-diagonal blocks almost none (the few edges the cut crosses).
 */
@ExtendWith(ApplicationExtension.class)
class SpectralViewTest {

    private final SpectralLesson lesson = new SpectralLesson();
    private final Dataset data = lesson.defaultData();
    private SpectralView view;

    @Start
    void start(Stage stage) {
        view = (SpectralView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1100, 650));
        stage.show();
    }

    private SpectralSnapshot after(int steps, Params params) {
        Engine<SpectralSnapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void theMatrixAndTheEmbeddingAppearWithTheirStages() {
        SpectralSnapshot start = after(0, lesson.factory().defaults());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(start, data));
        assertThat(view.matrix().view().isVisible()).isFalse();
        assertThat(view.embedding().isVisible()).isFalse();
        SpectralSnapshot embedded = after(3, lesson.factory().defaults());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(embedded, data));
        assertThat(view.matrix().view().isVisible()).isTrue();
        assertThat(view.embedding().isVisible()).isTrue();
    }

    @Test
    void theAffinityIsOrderedByClusterAtTheEnd() {
        SpectralSnapshot end = after(100, lesson.factory().defaults());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(end, data));
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.matrix().view().snapshot(null, null));
        assertThat(image).isNotNull();
        int n = end.pointCount();
        int first = (int) java.util.stream.IntStream.range(0, n).filter(i -> end.label(i) == 0).count();
        // Read the cells' own image: position p is the p-th point in cluster order.
        PixelReader cells = WaitForAsyncUtils.waitForAsyncFx(5000, () -> cellsOf(view)).getPixelReader();
        int inside = 0;
        int across = 0;
        int bright = ColorMaps.viridis(1);
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                if (cells.getArgb(q, p) == bright) {
                    if ((p < first) == (q < first)) {
                        inside++;
                    } else {
                        across++;
                    }
                }
            }
        }
        assertThat(inside).isGreaterThan(2 * n);
        // The graph is connected, so a few edges cross the cut; the blocks hold nearly all of them.
        assertThat(across).as("mutual neighbours in different clusters").isLessThan(inside / 20);
    }

    private static WritableImage cellsOf(SpectralView view) {
        return org.stepwise.viz.view.MatrixHeatmapViewAccess.image(view.matrix().view());
    }
}
