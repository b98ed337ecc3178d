package org.stepwise.viz.lessons.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.linear.RegularizationSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RegularizationViewTest {

    private final RegularizationLesson lesson = new RegularizationLesson();
    private RegularizationView view;

    @Start
    void start(Stage stage) {
        view = (RegularizationView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 700));
        stage.show();
    }

    private RegularizationSnapshot after(Dataset data, Params params, int steps) {
        Engine<RegularizationSnapshot> engine = lesson.factory().create(data, params, 0);
        for (int k = 0; k < steps && !engine.step().isFinal(); k++) {
            // step
        }
        return engine.snapshot();
    }

    @Test
    void oneFeatureDrawsTheFittedLine() {
        Dataset data = org.stepwise.data.Generators.generate("linear", RegularizationLesson.DEFAULT_DATA);
        RegularizationSnapshot s = after(data, lesson.factory().defaults(), 1);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(s, data);
            return view.node().snapshot(null, null);
        });
        assertThat(view.dataPlot().isVisible()).isTrue();
        assertThat(view.contourPlot().isVisible()).isFalse();
        PlotTransform t = view.dataPlot().transform();
        double x = t.domain().xMax() - 0.02 * t.domain().width();
        int onLine = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(x)), (int) Math.round(t.toPixelY(s.predict(x))));
        assertThat(onLine).isEqualTo(ColorMaps.classArgb(3));
    }

    @Test
    void theUpdatedBarIsOutlinedAndEveryBarFits() {
        Dataset diabetes = lesson.defaultData();
        assertThat(diabetes.featureCount()).isEqualTo(10);
        RegularizationSnapshot s = after(diabetes, lesson.factory().defaults(), 23);
        assertThat(s.updated()).isEqualTo(2);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(s, diabetes);
            return view.node().snapshot(null, null);
        });
        PlotTransform t = view.barPlot().transform();
        for (int j = 0; j < s.featureCount(); j++) {
            assertThat(t.domain().contains(j + 1, s.coef(j))).isTrue();
        }
        // bmi's bar (x = 3) is filled blue inside and outlined in ink at its edge.
        double offset = view.barPlot().getLayoutX();
        int inside = image.getPixelReader().getArgb((int) Math.round(offset + t.toPixelX(3)),
                (int) Math.round(t.toPixelY(s.coef(2) / 2)));
        assertThat(inside).isEqualTo(ColorMaps.classArgb(0));
        int edge = image.getPixelReader().getArgb((int) Math.round(offset + t.toPixelX(3)),
                (int) Math.round(t.toPixelY(s.coef(2))));
        assertThat(edge).isNotEqualTo(ColorMaps.classArgb(0));
    }

    @Test
    void twoFeaturesShowTheContoursWithThePenaltyRegion() {
        Dataset two = BuiltInDatasets.load("diabetes").selectFeatures(2, 8);
        RegularizationSnapshot s = after(two, lesson.factory().defaults().with("alpha", 0.5), 5);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.show(s, two);
            view.drawNow();
        });
        assertThat(view.contourPlot().isVisible()).isTrue();
        assertThat(view.dataPlot().isVisible()).isFalse();
        assertThat(view.contourPlot().transform()).isNotNull();
    }

    @Test
    void thePathRunsFromTheFullFitToAllZeroAtAlphaMax() {
        Dataset diabetes = lesson.defaultData();
        RegularizationSnapshot s = after(diabetes, lesson.factory().defaults(), 3);
        // Fitted behind the frames: the first picture has the run's dots alone, drawNow waits for the path.
        WaitForAsyncUtils.waitForAsyncFx(10000, () -> view.show(s, diabetes));
        WaitForAsyncUtils.waitForAsyncFx(10000, () -> view.drawNow());
        CoefficientPathPlot path = view.pathPlot();
        double[] logAlphas = path.logAlphas();
        assertThat(logAlphas).hasSize(CoefficientPathPlot.GRID);
        int last = CoefficientPathPlot.GRID - 1;
        int nonZeroAtSmallest = 0;
        for (int j = 0; j < 10; j++) {
            // At scikit-learn's alpha_max = max|Xᵀy|/n every lasso coefficient is 0 (up to 10^α's rounding).
            assertThat(path.coefAt(last, j)).isCloseTo(0, within(1e-9));
            nonZeroAtSmallest += path.coefAt(0, j) != 0 ? 1 : 0;
        }
        assertThat(nonZeroAtSmallest).isGreaterThanOrEqualTo(8);
        assertThat(logAlphas[last] - logAlphas[0]).isCloseTo(3, within(1e-9));
        // The run's alpha (1) is on the grid's range; its marker is drawn there.
        assertThat(path.plot().transform().domain().contains(0, s.coef(2))).isTrue();
    }

    @Test
    void thePathIsNotFittedForALargeSet() {
        double[][] x = new double[(int) (CoefficientPathPlot.LARGEST / 2) + 1][2];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = i % 7;
            x[i][1] = i % 5;
            y[i] = x[i][0] - x[i][1] + (i % 3);
        }
        Dataset big = Dataset.regression("big", x, y, java.util.List.of("a", "b"), "y");
        RegularizationSnapshot s = after(big, lesson.factory().defaults(), 1);
        WaitForAsyncUtils.waitForAsyncFx(10000, () -> {
            view.show(s, big);
            view.drawNow();
        });
        assertThat(view.pathPlot().logAlphas()).isEmpty();
    }

    /** Every boundary point has the current w's penalty: the region passes through w. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 1})
    void thePenaltyRegionIsTheLevelSetThroughW(double l1Ratio) {
        double[] xs = new double[PenaltyRegion.POINTS];
        double[] ys = new double[PenaltyRegion.POINTS];
        double w1 = 2;
        double w2 = -0.5;
        assertThat(PenaltyRegion.boundary(l1Ratio, w1, w2, xs, ys)).isTrue();
        double level = penalty(l1Ratio, w1, w2);
        for (int k = 0; k < xs.length; k++) {
            assertThat(penalty(l1Ratio, xs[k], ys[k])).isCloseTo(level, within(1e-9 * level));
        }
        if (l1Ratio == 1) {
            // The diamond's corners lie on the axes at ‖w‖₁.
            assertThat(xs[0]).isCloseTo(2.5, within(1e-12));
            assertThat(ys[PenaltyRegion.POINTS / 4]).isCloseTo(2.5, within(1e-12));
        }
        assertThat(PenaltyRegion.boundary(l1Ratio, 0, 0, xs, ys)).isFalse();
    }

    private static double penalty(double l1Ratio, double w1, double w2) {
        return l1Ratio * (Math.abs(w1) + Math.abs(w2)) + 0.5 * (1 - l1Ratio) * (w1 * w1 + w2 * w2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10})
    void darkThemeAndPresentationTypeRedrawEveryPlot(int features) throws Exception {
        Dataset diabetes = lesson.defaultData();
        Dataset data = features == 10 ? diabetes : features == 2 ? diabetes.selectFeatures(2, 8)
                : org.stepwise.data.Generators.generate("linear", RegularizationLesson.DEFAULT_DATA);
        RegularizationSnapshot s = after(data, lesson.factory().defaults().with("penalty", "elasticnet")
                .with("alpha", features == 1 ? 0.5 : 0.05), 3);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10000, () -> {
            view.setDark(true);
            view.node().setStyle("-fx-font-size: 21px");
            view.node().applyCss();
            view.show(s, data);
            view.drawNow();
            return view.node().snapshot(null, null);
        });
        save(image, "regularization-dark-large-" + features);
        PlotTransform t = view.barPlot().transform();
        double offset = view.barPlot().getLayoutX();
        // A corner of the bars' plot: the dark ground.
        int ground = image.getPixelReader().getArgb((int) (offset + t.left() + t.width() - 4), (int) (t.top() + t.height() - 4));
        assertThat(ground).isEqualTo(ColorMaps.argb(org.stepwise.viz.view.DecisionBoundaryView.DARK_PAPER));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setDark(false);
            view.node().setStyle("");
        });
    }

    private static void save(WritableImage image, String name) throws java.io.IOException {
        String directory = System.getProperty("stepwise.viewPictures");
        if (directory != null && !directory.isBlank()) {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(directory));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        }
    }
}
