package org.stepwise.viz.lessons.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.viz.view.PlotPixels.countNear;

import java.io.File;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.BoundaryRaster;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NaiveBayesViewTest {

    private final NaiveBayesLesson lesson = new NaiveBayesLesson();
    private NaiveBayesView view;
    private StackPane root;

    @Start
    void start(Stage stage) {
        view = (NaiveBayesView) lesson.createView();
        root = new StackPane(view.node());
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private NaiveBayesSnapshot stepped(String model, int steps) {
        Engine<NaiveBayesSnapshot> engine = lesson.factory().create(lesson.defaultData(),
                lesson.factory().defaults().with("model", model), 0);
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void theShadingAppearsOnlyWithThePosterior() throws Exception {
        Dataset data = lesson.defaultData();
        NaiveBayesSnapshot ellipsesOnly = stepped("qda", 3);
        WritableImage before = picture(() -> view.show(ellipsesOnly, data));
        NaiveBayesSnapshot fitted = stepped("qda", 4);
        WritableImage after = picture(() -> view.show(fitted, data));
        PlotTransform plot = view.boundaryView().transform();
        int plainBefore = countNear(before, DecisionBoundaryView.LIGHT_PAPER, plot);
        int plainAfter = countNear(after, DecisionBoundaryView.LIGHT_PAPER, plot);
        assertThat(plainBefore).as("unshaded plot before the posterior").isGreaterThan((int) (plot.width() * plot.height() / 2));
        assertThat(plainAfter).as("unshaded plot after it").isLessThan(plainBefore / 10);
        assertThat(classesIn(view.boundaryView().raster())).containsExactlyInAnyOrder(0, 1, 2);
    }

    /**
     * The ellipses and means are drawn in the class colours over the points (a light and a dark
     * picture, written to target/ to look at): each class's colour is on the canvas.
     */
    @Test
    void ellipsesAreDrawnInTheClassColoursInBothThemes() throws Exception {
        Dataset data = lesson.defaultData();
        NaiveBayesSnapshot fitted = stepped("qda", 4);
        for (boolean dark : new boolean[] {false, true}) {
            WritableImage picture = picture(() -> {
                view.setDark(dark);
                root.setStyle("-fx-background-color: " + (dark ? "#0d1117" : "white") + ";");
                view.show(fitted, data);
            });
            ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png",
                    new File("target/naive-bayes-view-" + (dark ? "dark" : "light") + ".png"));
            for (int k = 0; k < 3; k++) {
                assertThat(countNear(picture, ColorMaps.classColor(k), view.boundaryView().transform())).as("pixels of class %d's colour", k)
                        .isGreaterThan(200);
            }
        }
    }

    /** Pointing at a place shows the posterior there as bars; the snapshot's own prediction, to the last bit. */
    @Test
    void theBarsFollowThePointer() throws Exception {
        Dataset data = lesson.defaultData();
        NaiveBayesSnapshot fitted = stepped("qda", 4);
        double x = fitted.mean(2, 0);
        double y = fitted.mean(2, 1);
        WaitForAsyncUtils.asyncFx(() -> {
            view.show(fitted, data);
            view.pointAt(x, y, -1);
        }).get(10, TimeUnit.SECONDS);
        double[] expected = new double[3];
        fitted.predictProbabilities(new double[] {x}, new double[] {y}, 1, expected);
        for (int k = 0; k < 3; k++) {
            assertThat(view.pointedProbability(k)).isEqualTo(expected[k]);
        }
        assertThat(view.pointedProbability(2)).isGreaterThan(0.9);
        // Between the classes, to look at (target/naive-bayes-view-pointed.png).
        WritableImage between = picture(() -> view.pointAt(0.8, -0.6, -1));
        ImageIO.write(SwingFXUtils.fromFXImage(between, null), "png", new File("target/naive-bayes-view-pointed.png"));
        WaitForAsyncUtils.asyncFx(() -> view.pointAt(Double.NaN, Double.NaN, -1)).get(10, TimeUnit.SECONDS);
    }

    /** Runs {@code change} on the FX thread, lets a few pulses pass (the heatmap is shown on one), then snapshots. */
    private WritableImage picture(Runnable change) throws Exception {
        // The regions are painted in the background; drawNow paints them at once, as before a snapshot.
        WaitForAsyncUtils.asyncFx(() -> {
            change.run();
            view.drawNow();
        }).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get(10, TimeUnit.SECONDS);
    }

    private static Set<Integer> classesIn(BoundaryRaster raster) {
        Set<Integer> classes = new HashSet<>();
        for (int row = 0; row < raster.height(); row += 4) {
            for (int column = 0; column < raster.width(); column += 4) {
                classes.add(raster.topClassAt(column, row));
            }
        }
        return classes;
    }
}
