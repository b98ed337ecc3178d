package org.stepwise.viz.lessons.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.anomaly.OutlierStage;
import org.stepwise.algo.anomaly.OutliersSnapshot;
import org.stepwise.data.Dataset;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The outliers view: the heatmap's threshold line is the detector's (at every data point the
 * field leans to the outliers' colour exactly when the point is flagged), and each method shows
 * its own side view (the tree diagram, the box plot, none).
 */
@ExtendWith(ApplicationExtension.class)
class OutliersViewTest {

    private final OutliersLesson lesson = new OutliersLesson();
    private final Dataset data = lesson.defaultData();
    private OutliersView view;

    @Start
    void start(Stage stage) {
        view = (OutliersView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 650));
        stage.show();
    }

    private OutliersSnapshot after(String method, int steps) {
        Params params = lesson.factory().defaults().with("method", method);
        Engine<OutliersSnapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps && !engine.snapshot().status().isFinal(); i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void theFieldLeansToTheOutliersColourExactlyAtTheFlaggedPoints() {
        for (String method : List.of("isolation_forest", "iqr", "zscore")) {
            OutliersSnapshot s = after(method, 1000);
            OutlierStage stage = s.stage();
            ScoreField field = new ScoreField(stage, ScoreField.forestSums());
            int n = data.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = data.feature(i, 0);
                ys[i] = data.feature(i, 1);
            }
            double[] out = new double[n * field.classCount()];
            field.predictProbabilities(xs, ys, n, out);
            int flagged = 0;
            for (int i = 0; i < n; i++) {
                double p = out[i * field.classCount() + ScoreField.OUTLIER];
                assertThat(p > 0.5).as("%s, point %d (score %s, offset %s)", method, i, stage.score(i),
                        stage.offset()).isEqualTo(stage.outlier(i));
                flagged += stage.outlier(i) ? 1 : 0;
            }
            assertThat(flagged).as(method).isPositive();
        }
    }

    @Test
    void eachMethodShowsItsOwnSideView() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(after("isolation_forest", 3), data);
            assertThat(view.diagram().isVisible()).isTrue();
            assertThat(view.spreadPlot().isVisible()).isFalse();
            view.show(after("iqr", 1), data);
            assertThat(view.diagram().isVisible()).isFalse();
            assertThat(view.spreadPlot().isVisible()).isTrue();
            view.show(after("lof", 10), data);
            assertThat(view.diagram().isVisible()).isFalse();
            assertThat(view.spreadPlot().isVisible()).isFalse();
            assertThat(view.plane().isVisible()).isTrue();
            view.drawNow();
        });
    }
}
