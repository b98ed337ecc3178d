package org.stepwise.viz.lessons.neighbors;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.neighbors.KnnRegressionSnapshot;
import org.stepwise.algo.neighbors.KnnRegressor;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The k-NN lesson's regress picture: the k-NN curve, the query and its neighbours' mean, in both themes. */
@ExtendWith(ApplicationExtension.class)
class KnnCurvePictureTest {

    private final KnnLesson lesson = new KnnLesson();
    private final Params regress = lesson.factory().defaults().with("task", "regress");
    private final Dataset data = lesson.defaultData(regress);
    private KnnView view;

    @Start
    void start(Stage stage) {
        view = (KnnView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 900, 700));
        stage.show();
    }

    private KnnRegressionSnapshot stepped(Params params, int steps) {
        Engine<Snapshot> engine = lesson.factory().create(data, params, 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return (KnnRegressionSnapshot) engine.snapshot();
    }

    private WritableImage show(Snapshot snapshot, Dataset shown, boolean dark) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.setDark(dark);
            view.show(snapshot, shown);
            return view.node().snapshot(null, null);
        });
    }

    private static void save(WritableImage image, String name) throws java.io.IOException {
        String directory = System.getProperty("stepwise.viewPictures");
        if (directory != null && !directory.isBlank()) {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(directory));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name).toFile());
        }
    }

    @Test
    void theCurveIsTheFittedRegressorAndTheQuerysMeanSitsOnIt() throws Exception {
        KnnRegressionSnapshot snapshot = stepped(regress.with("nNeighbors", 8), 31);
        WritableImage image = show(snapshot, data, false);
        save(image, "knn-regress-light.png");
        assertThat(view.curvePicture().node().isVisible()).isTrue();
        assertThat(view.boundaryView().isVisible()).isFalse();
        PlotTransform t = view.curvePicture().plot().transform();
        KnnRegressor model = snapshot.model();
        // Beyond the data's right end no point lies: the pixel on the curve is the curve's colour,
        // at the height of the regressor's prediction there (the mean of the 8 rightmost targets).
        double right = t.toDataX(t.left() + t.width() - 6);
        int onCurve = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(right)),
                (int) Math.round(t.toPixelY(model.predictAt(right))));
        assertThat(onCurve).isEqualTo(ColorMaps.classArgb(3));
        // The query's prediction: a dot in the mean's colour at (x, ŷ), ŷ the step's own.
        int q = snapshot.query();
        assertThat(snapshot.prediction(q)).isEqualTo(model.predictAt(model.feature(q, 0)));
        int mean = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(model.feature(q, 0))),
                (int) Math.round(t.toPixelY(snapshot.prediction(q))));
        assertThat(mean).isEqualTo(ColorMaps.classArgb(2));
    }

    @Test
    void inTheDarkThemeTheOverlayIsLightAndSwitchingBackShowsTheRegions() throws Exception {
        KnnRegressionSnapshot snapshot = stepped(regress, 12);
        WritableImage image = show(snapshot, data, true);
        save(image, "knn-regress-dark.png");
        PlotTransform t = view.curvePicture().plot().transform();
        int q = snapshot.query();
        // The query's ring, 20 px out, in the light ink.
        int ring = image.getPixelReader().getArgb((int) Math.round(t.toPixelX(data.feature(q, 0)) + 20),
                (int) Math.round(t.toPixelY(data.target(q))));
        assertThat(Math.min((ring >> 16) & 0xFF, Math.min((ring >> 8) & 0xFF, ring & 0xFF))).isGreaterThan(170);

        Dataset moons = lesson.defaultData();
        Snapshot classify = lesson.factory().create(moons, lesson.factory().defaults(), 0).snapshot();
        show(classify, moons, false);
        assertThat(view.boundaryView().isVisible()).isTrue();
        assertThat(view.curvePicture().node().isVisible()).isFalse();
    }
}
