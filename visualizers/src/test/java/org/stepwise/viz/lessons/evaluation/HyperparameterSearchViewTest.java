package org.stepwise.viz.lessons.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Params;
import org.stepwise.algo.evaluation.HyperparameterSearchSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.MatrixHeatmapViewAccess;
import org.stepwise.viz.view.PlotInk;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HyperparameterSearchViewTest {

    private final HyperparameterSearchLesson lesson = new HyperparameterSearchLesson();
    private final Dataset data = lesson.defaultData();
    private HyperparameterSearchView view;

    @Start
    void start(Stage stage) {
        view = (HyperparameterSearchView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    private List<HyperparameterSearchSnapshot> run(Params params) {
        return Runs.every(lesson.factory().create(data, params, 0));
    }

    /** The grid's surface fills one cell a step, C across and γ up; the rest stays paper. */
    @Test
    void theGridsSurfaceFillsOneCellAStep() {
        HyperparameterSearchSnapshot s = run(lesson.factory().defaults()).get(7);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        PixelReader pixels = MatrixHeatmapViewAccess.image(view.surface().view()).getPixelReader();
        int paper = ColorMaps.argb(PlotInk.paper(false));
        int filled = 0;
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                filled += pixels.getArgb(x, y) == paper ? 0 : 1;
            }
        }
        assertThat(filled).isEqualTo(7);
        // Configuration 0 is (C 0.01, γ 0.01): the first column's bottom cell.
        assertThat(pixels.getArgb(0, 4)).isNotEqualTo(paper);
        assertThat(pixels.getArgb(4, 0)).isEqualTo(paper);
        assertThat(view.projections().first().points().size()).isEqualTo(7);
    }

    /** Random search: every draw is a point on both charts, at its own value of log γ. */
    @Test
    void randomDrawsAreDistinctPointsOnTheCharts() {
        HyperparameterSearchSnapshot s = run(lesson.factory().defaults().with("search", "random")).get(25);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(s, data));
        assertThat(view.projections().second().points().size()).isEqualTo(25);
        assertThat(view.projections().second().xName()).isEqualTo("log₁₀ gamma");
        double[] gammas = new double[25];
        for (int c = 0; c < 25; c++) {
            gammas[c] = s.y(c);
        }
        assertThat(java.util.Arrays.stream(gammas).distinct().count()).isEqualTo(25);
    }
}
