package org.stepwise.viz.lessons.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.optim.OptimizerRaceFactory;
import org.stepwise.algo.optim.OptimizerRaceSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.Markers;
import org.stepwise.viz.view.PlotTransform;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The race reads at a glance: markers, a legend beside the plot, one optimizer alone, both themes. */
@ExtendWith(ApplicationExtension.class)
class RaceLegendTest {

    private final OptimizersLesson lesson = new OptimizersLesson();
    private OptimizerRaceView view;

    @Start
    void start(Stage stage) {
        view = (OptimizerRaceView) lesson.createView();
        stage.setScene(new Scene(new StackPane(view.node()), 980, 600));
        stage.show();
    }

    /**
     * All seven optimizers on Rosenbrock from the bowl's start at the bowl's rates (0.1), 300
     * steps: GD, Momentum and Nesterov diverge at step 2.
     */
    private OptimizerRaceSnapshot race() {
        var params = lesson.factory().defaults().with("surface", "rosenbrock").with("learningRate", 0.1)
                .with("adaptiveLearningRate", 0.1).with("startX", -1.5).with("startY", 1.5);
        for (String id : List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw")) {
            params = params.with("use" + Character.toUpperCase(id.charAt(0)) + id.substring(1), true);
        }
        Engine<OptimizerRaceSnapshot> engine = lesson.factory().create(null, params, 0);
        for (int i = 0; i < 300; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    @Test
    void eachOptimizerHasItsOwnMarkerAndColour() {
        Set<String> shapes = new HashSet<>();
        Set<Integer> colours = new HashSet<>();
        for (int k = 0; k < OptimizerRaceFactory.OPTIMIZERS.size(); k++) {
            shapes.add(Markers.name(k));
            colours.add(ColorMaps.seriesArgb(k, false));
        }
        assertThat(shapes).hasSize(OptimizerRaceFactory.OPTIMIZERS.size());
        assertThat(colours).hasSize(OptimizerRaceFactory.OPTIMIZERS.size());
    }

    @Test
    void theLegendStandsBesideThePlotOutsideIt() {
        OptimizerRaceSnapshot snapshot = race();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, null));
        WaitForAsyncUtils.waitForFxEvents();
        RaceLegend legend = view.legend();
        assertThat(legend.buttons()).hasSize(7);
        PlotTransform plot = view.plot().transform();
        Bounds legendBounds = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> view.plot().sceneToLocal(legend.localToScene(legend.getLayoutBounds())));
        assertThat(legendBounds.getMinX()).as("right of the plot").isGreaterThan(plot.left() + plot.width());
        assertThat(legendBounds.getMinX() - (plot.left() + plot.width())).as("close to it").isLessThan(40);
        assertThat(legendBounds.getMaxX()).as("inside the view")
                .isLessThanOrEqualTo(view.node().getLayoutBounds().getWidth() + 0.5);
        assertThat(legend.buttons().get(0).getText()).isEqualTo("GD ✗");
        assertThat(legend.buttons().get(5).getText()).isEqualTo("Adam");
    }

    @Test
    void choosingAnOptimizerShowsItAloneAndChoosingItAgainShowsAll() {
        OptimizerRaceSnapshot snapshot = race();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, null));
        assertThat(view.drawnOptimizers()).hasSize(7);
        Button adam = view.legend().buttons().get(5);
        WaitForAsyncUtils.waitForAsyncFx(2000, adam::fire);
        assertThat(view.drawnOptimizers()).containsExactly("adam");
        assertThat(view.legend().buttons().get(0).getOpacity()).as("the hidden ones fade").isLessThan(1);
        assertThat(adam.getStyleClass()).contains("alone");
        // The next snapshot keeps Adam alone.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, null));
        assertThat(view.drawnOptimizers()).containsExactly("adam");
        assertThat(view.legend().buttons().get(5)).as("updated in place, focus kept").isSameAs(adam);
        WaitForAsyncUtils.waitForAsyncFx(2000, adam::fire);
        assertThat(view.drawnOptimizers()).hasSize(7);
        assertThat(view.legend().buttons().get(0).getOpacity()).isEqualTo(1);
        assertThat(adam.getStyleClass()).doesNotContain("alone");
    }

    @Test
    void theLegendAnswersTheKeyboard() {
        OptimizerRaceSnapshot snapshot = race();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, null));
        Button gd = view.legend().buttons().get(0);
        assertThat(gd.isFocusTraversable()).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            gd.requestFocus();
            KeyEvent.fireEvent(gd, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        assertThat(view.drawnOptimizers()).containsExactly("gd");
        WaitForAsyncUtils.waitForAsyncFx(2000, () ->
                KeyEvent.fireEvent(gd, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        assertThat(view.drawnOptimizers()).hasSize(7);
    }

    /** The surface follows the theme: pale on the light one, dark on the dark one (it stayed bright viridis). */
    @Test
    void theSurfaceIsMutedInTheThemesColours() {
        OptimizerRaceSnapshot snapshot = race();
        double[] luminance = new double[2];
        for (boolean dark : new boolean[] {false, true}) {
            WritableImage picture = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                view.setDark(dark);
                view.show(snapshot, null);
                view.drawNow();
                return view.node().snapshot(null, null);
            });
            PlotTransform plot = view.plot().transform();
            PixelReader pixels = picture.getPixelReader();
            // The bottom-left corner of Rosenbrock's picture: high ground no path goes near.
            int argb = pixels.getArgb((int) (plot.left() + 12), (int) (plot.top() + plot.height() - 12));
            luminance[dark ? 1 : 0] = ColorMaps.luminance(argb);
        }
        assertThat(luminance[0]).as("light theme").isGreaterThan(0.6);
        assertThat(luminance[1]).as("dark theme").isLessThan(0.1);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> view.setDark(false));
    }
}
