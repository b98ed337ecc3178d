package org.stepwise.viz.lessons.linear;

import static org.assertj.core.api.Assertions.assertThat;

import org.stepwise.algo.evaluation.NormalQuantile;
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
        assertThat(LinearRegressionView.powers("x^3")).isEqualTo("x³");
        assertThat(LinearRegressionView.powers("age bmi^12")).isEqualTo("age bmi¹²");
        assertThat(LinearRegressionView.powers("s2")).isEqualTo("s2");
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

    @Test
    void darkThemeAndPresentationTypeRedrawTheGroundAndTheMargins() throws Exception {
        Dataset data = lesson.defaultData();
        Engine<LinearRegressionSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < 3; i++) {
            engine.step();
        }
        LinearRegressionSnapshot third = engine.snapshot();
        double normalLeft = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(third, data);
            return view.plot().transform().left();
        });
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setDark(true);
            view.node().setStyle("-fx-font-size: 21px");
            view.node().applyCss();
            view.show(third, data);
            view.drawNow();
            return view.node().snapshot(null, null);
        });
        save(image, "linear-regression-dark-large");
        PlotTransform t = view.plot().transform();
        assertThat(t.left()).as("margins grow with the type").isCloseTo(normalLeft * 21 / 15, org.assertj.core.api.Assertions.within(1.0));
        // An empty corner of the plot, under the caption's lines: the dark ground.
        int ground = image.getPixelReader().getArgb((int) (t.left() + t.width() - 4), (int) (t.top() + t.height() - 4));
        assertThat(ground).isEqualTo(org.stepwise.viz.view.ColorMaps.argb(org.stepwise.viz.view.DecisionBoundaryView.DARK_PAPER));
        assertThat(view.side().shown()).isEqualTo("bowl");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setDark(false);
            view.node().setStyle("");
        });
    }

    @Test
    void theSidePlotsShowTheBowlForALineAndTheResidualsAndTheirQuantilesOnRequest() throws Exception {
        Dataset data = lesson.defaultData();
        LinearRegressionSnapshot end = fitted(data, lesson.factory().defaults());
        LinearRegressionSnapshot cubic = fitted(data, lesson.factory().defaults().with("solver", "normal").with("degree", 3));
        String[] shown = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(end, data);
            String first = view.side().shown();
            view.show(cubic, data);
            String withoutBowl = view.side().shown();
            view.side().choose("qq");
            view.show(cubic, data);
            return new String[] {first, withoutBowl, view.side().shown()};
        });
        assertThat(shown).containsExactly("bowl", "residuals", "qq");
        // The Q-Q plot's points: the i-th normal quantile against the i-th smallest standardized residual.
        PlotTransform t = view.side().qqPlot().transform();
        double firstQuantile = NormalQuantile.of(0.5 / data.size());
        assertThat(t.domain().contains(firstQuantile, 0)).isTrue();
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959964, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(NormalQuantile.of(0.01)).isCloseTo(-2.326348, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(NormalQuantile.of(0.5)).isZero();
        // The coefficients as bars: the cubic's three, from 0 to each value.
        WritableImage bars = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.side().choose("coefficients");
            return view.side().coefficientPlot().snapshot(null, null);
        });
        save(bars, "linear-regression-coefficients");
        save(WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.side().choose("qq");
            WritableImage picture = view.node().snapshot(null, null);
            view.side().choose("coefficients");
            return picture;
        }), "linear-regression-qq");
        PlotTransform c = view.side().coefficientPlot().transform();
        assertThat(c.domain().contains(1, cubic.coef(0))).isTrue();
        int midBar = bars.getPixelReader().getArgb((int) Math.round(c.toPixelX(1)),
                (int) Math.round(c.toPixelY(cubic.coef(0) / 2)));
        assertThat(midBar).isEqualTo(org.stepwise.viz.view.ColorMaps.classArgb(cubic.coef(0) >= 0 ? 0 : 3));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.side().choose("residuals"));
    }

    /** Writes the picture when the build is run with -Dstepwise.viewPictures=DIR, for a person to look at. */
    private static void save(WritableImage image, String name) throws java.io.IOException {
        String directory = System.getProperty("stepwise.viewPictures");
        if (directory != null && !directory.isBlank()) {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(directory));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        }
    }
}
