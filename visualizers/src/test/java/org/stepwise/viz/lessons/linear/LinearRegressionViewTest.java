package org.stepwise.viz.lessons.linear;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LinearRegressionSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LinearRegressionViewTest {

    private final LinearRegressionLesson lesson = new LinearRegressionLesson();
    private LinearRegressionView view;

    @Start
    void start(Stage stage) {
        view = (LinearRegressionView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.sizeToScene();
        stage.show();
    }

    private static LinearRegressionSnapshot fitted(Dataset data, org.stepwise.algo.Params params) {
        Engine<LinearRegressionSnapshot> engine = new LinearRegressionLesson().factory().create(data, params, 0);
        while (!engine.step().isFinal()) {
            // run to the end
        }
        return engine.snapshot();
    }

    @Test
    void theFittedLineIsDrawnThroughItsPredictionsAndItsEquationWritten() {
        Dataset data = lesson.defaultData();
        LinearRegressionSnapshot end = fitted(data, lesson.factory().defaults());
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(end, data);
            return view.node().snapshot(null, null);
        });
        PlotTransform t = view.plot().transform();
        // Beyond the data's right end there are no points: the pixel on the line is the curve's colour.
        double x = t.domain().xMax() - 0.02 * t.domain().width();
        int onLine = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(x)),
                (int) Math.round(t.toPixelY(end.predict(x))));
        assertThat(onLine).isEqualTo(org.stepwise.viz.view.ColorMaps.classArgb(3));
        assertThat(LinearRegressionView.equation(end)).isEqualTo("ŷ = 1.01 + 2.02·x");
    }

    @Test
    void moreFeaturesShowPredictedAgainstActual() {
        Dataset diabetes = BuiltInDatasets.load("diabetes");
        LinearRegressionSnapshot end = fitted(diabetes, lesson.factory().defaults().with("solver", "normal"));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(end, diabetes));
        PlotTransform t = view.plot().transform();
        int row = 7;
        double predicted = end.predict(diabetes.row(row), 0);
        assertThat(view.plot().pointAt(t.toPixelX(diabetes.target(row)), t.toPixelY(predicted))).isNotNegative();
        assertThat(t.domain().contains(25, 25)).isTrue();
        assertThat(t.domain().contains(346, 346)).isTrue();
        assertThat(LinearRegressionView.equation(end)).endsWith("+ …");
    }
}
