package org.stepwise.viz.lessons.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Domain;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.PerceptronSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryRaster;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PerceptronViewTest {

    private final PerceptronLesson lesson = new PerceptronLesson();
    private PerceptronView view;

    @Start
    void start(Stage stage) {
        view = (PerceptronView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.show();
    }

    private PerceptronSnapshot after(Dataset data, int steps) {
        Engine<PerceptronSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /** Every pixel of the regions is the class on its side of the perceptron's own line. */
    @Test
    void regionsFollowTheLineExactly() {
        Dataset data = lesson.defaultData();
        PerceptronSnapshot trained = after(data, 75);
        // The regions are painted in the background; drawNow paints them at once, as before a snapshot.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(trained, data);
            view.drawNow();
        });
        BoundaryRaster raster = view.boundaryView().raster();
        Domain domain = view.boundaryView().domain();
        double[] line = trained.line(0);
        int checked = 0;
        for (int row = 0; row < raster.height(); row += 3) {
            for (int column = 0; column < raster.width(); column += 3) {
                double x = domain.xMin() + (column + 0.5) * domain.width() / raster.width();
                double y = domain.yMax() - (row + 0.5) * domain.height() / raster.height();
                double score = line[0] + line[1] * x + line[2] * y;
                if (Math.abs(score) > 1e-9) {
                    assertThat(raster.topClassAt(column, row)).as("pixel (%d, %d)", column, row)
                            .isEqualTo(score > 0 ? 1 : 0);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    @Test
    void shadingIsPaleAndSumsToOne() {
        PerceptronSnapshot first = after(lesson.defaultData(), 1);
        PerceptronView.PaleRegions pale = new PerceptronView.PaleRegions(first);
        double[] out = new double[4];
        pale.predictProbabilities(new double[] {-5, 5}, new double[] {0, 0}, 2, out);
        for (int i = 0; i < 2; i++) {
            assertThat(out[2 * i] + out[2 * i + 1]).isCloseTo(1, within(1e-15));
            assertThat(Math.max(out[2 * i], out[2 * i + 1])).isEqualTo(0.5 + PerceptronView.PaleRegions.STRENGTH / 2);
        }
    }

    @Test
    void noRegionsBeforeTheFirstSampleAndEveryClassAtTheEnd() {
        Dataset data = lesson.defaultData();
        PerceptronSnapshot start = after(data, 0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(start, data));
        assertThat(view.boundaryView().raster()).isNotNull();
        PerceptronSnapshot end = after(data, 10_000);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.accuracy()).isEqualTo(1.0);
        // The regions are painted in the background; drawNow paints them at once, as before a snapshot.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(end, data);
            view.drawNow();
        });
        BoundaryRaster raster = view.boundaryView().raster();
        boolean[] seen = new boolean[2];
        for (int row = 0; row < raster.height(); row += 8) {
            for (int column = 0; column < raster.width(); column += 8) {
                seen[raster.topClassAt(column, row)] = true;
            }
        }
        assertThat(seen).containsExactly(true, true);
    }

    @Test
    void chartsTheEpochsMistakesAndTheAccuracy() {
        PerceptronSnapshot first = after(lesson.defaultData(), 1);
        for (String metric : lesson.chart().metrics()) {
            assertThat(first.scalar(metric)).as(metric).isNotNaN();
        }
        assertThat(lesson.chart().labelOf("mistakes")).isEqualTo("mistakes this epoch");
    }
}
