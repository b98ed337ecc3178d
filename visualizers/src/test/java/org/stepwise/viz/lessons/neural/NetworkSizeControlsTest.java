package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.viz.lesson.LessonPanel;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The playground's − and + in a real lesson panel: each click, by mouse or keyboard, makes a new
 * network of the asked shape through the panel's parameter path, and the buttons stop at the bounds.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkSizeControlsTest {

    private StackPane root;
    private LessonPanel<?> panel;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(ThemedScenes.of(root, 1400, 860));
        stage.show();
    }

    @AfterEach
    void close() {
        if (panel != null) {
            WaitForAsyncUtils.asyncFx(panel::dispose);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void eachButtonMakesANetworkOfTheNewShape() {
        FxRobot robot = new FxRobot();
        open();
        NetworkSizeControls sizes = controls();
        click(robot, sizes.layerButton(true));
        expect("4,2,2", 2, 4, 2, 2, 1);
        click(robot, controls().neuronButton(2, true));
        expect("4,2,3", 2, 4, 2, 3, 1);
        click(robot, controls().neuronButton(0, false));
        expect("3,2,3", 2, 3, 2, 3, 1);
        click(robot, controls().layerButton(false));
        expect("3,2", 2, 3, 2, 1);
        click(robot, controls().neuronButton(1, false));
        expect("3,1", 2, 3, 1, 1);
        assertThat(controls().neuronButton(1, false).isDisabled()).as("a layer keeps one neuron").isTrue();
        click(robot, controls().layerButton(false));
        click(robot, controls().layerButton(false));
        expect("none", 2, 1);
        assertThat(controls().layerButton(false).isDisabled()).as("no layer left to remove").isTrue();
        assertThat(((PlaygroundSnapshot) newest()).narration()).contains("linear model");
    }

    /** Each new shape starts from the seed's weights, as a network made with that shape from the start. */
    @Test
    void aClickedShapeStartsFromTheSameWeightsAsThatShapeSetInTheSheet() {
        FxRobot robot = new FxRobot();
        open();
        click(robot, controls().neuronButton(0, true));
        expect("5,2", 2, 5, 2, 1);
        double[][] clicked = coefs(newest());
        PlaygroundSnapshot direct = lesson().factory().create(panel.data(),
                panel.params().with("hidden", "5,2"), panel.seed()).snapshot();
        assertThat(clicked).isDeepEqualTo(coefs(direct));
    }

    @Test
    void theButtonsStopAtTensorFlowPlaygroundsBounds() {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.restore(panel.data(),
                panel.params().with("hidden", "8,8,8,8,8,1"), panel.seed(), 0));
        await(() -> Arrays.equals(widths(), new int[] {2, 8, 8, 8, 8, 8, 1, 1}), "six layers shown");
        NetworkSizeControls sizes = controls();
        assertThat(sizes.layerButton(true).isDisabled()).as("a seventh layer").isTrue();
        assertThat(sizes.layerButton(false).isDisabled()).isFalse();
        for (int l = 0; l < 5; l++) {
            assertThat(sizes.neuronButton(l, true).isDisabled()).as("a ninth neuron in layer %d", l + 1).isTrue();
            assertThat(sizes.neuronButton(l, false).isDisabled()).isFalse();
        }
        assertThat(sizes.neuronButton(5, true).isDisabled()).isFalse();
        assertThat(sizes.neuronButton(5, false).isDisabled()).isTrue();
    }

    /** Tab reaches the buttons (they take focus) and Enter presses one; Space stays the panel's play key. */
    @Test
    void enterPressesAFocusedButton() {
        FxRobot robot = new FxRobot();
        open();
        Button more = controls().neuronButton(1, true);
        assertThat(more.isFocusTraversable()).isTrue();
        WaitForAsyncUtils.waitForAsyncFx(5000, more::requestFocus);
        robot.type(KeyCode.ENTER);
        expect("4,3", 2, 4, 3, 1);
    }

    /** Each layer's pair stands over its column of the diagram. */
    @Test
    void eachPairIsCentredAboveItsColumn() {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.restore(panel.data(),
                panel.params().with("hidden", "4,6,2"), panel.seed(), 0));
        await(() -> Arrays.equals(widths(), new int[] {2, 4, 6, 2, 1}), "the 4-6-2 network shown");
        PlaygroundView view = (PlaygroundView) panel.view();
        for (int l = 0; l < 3; l++) {
            int layer = l;
            double[] centres = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                Bounds fewer = sceneBounds(controls().neuronButton(layer, false));
                Bounds more = sceneBounds(controls().neuronButton(layer, true));
                double column = view.diagram().localToScene(view.diagram().columnCentre(layer + 1), 0).getX();
                return new double[] {(fewer.getMinX() + more.getMaxX()) / 2, column, fewer.getMaxX(), more.getMinX()};
            });
            assertThat(centres[0]).as("layer %d", l + 1).isCloseTo(centres[1], within(1.5));
            assertThat(centres[2]).as("layer %d's − left of its +", l + 1).isLessThan(centres[3]);
            Bounds[] sizes = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new Bounds[] {
                controls().neuronButton(layer, true).getLayoutBounds(), controls().layerButton(true).getLayoutBounds()});
            assertThat(sizes[0].getWidth()).as("layer %d's + as wide as the layers' +", l + 1)
                    .isCloseTo(sizes[1].getWidth(), within(1.0));
            assertThat(sizes[0].getHeight()).as("and as high").isCloseTo(sizes[1].getHeight(), within(1.0));
        }
    }

    /** Six layers of 8 at this size: the columns are close, so each + stands above its −, none overlapping. */
    @Test
    void closeColumnsStackEachPairWithoutOverlap() {
        open();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.restore(panel.data(),
                panel.params().with("hidden", "8,8,8,8,8,8"), panel.seed(), 0));
        await(() -> widths().length == 8, "six hidden layers shown");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds[] boxes = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds[] all = new Bounds[12];
            for (int l = 0; l < 6; l++) {
                all[2 * l] = sceneBounds(controls().neuronButton(l, false));
                all[2 * l + 1] = sceneBounds(controls().neuronButton(l, true));
            }
            return all;
        });
        for (int l = 0; l < 6; l++) {
            assertThat(boxes[2 * l + 1].getMaxY()).as("layer %d's + above its −", l + 1).isLessThanOrEqualTo(
                    boxes[2 * l].getMinY());
        }
        for (int a = 0; a < boxes.length; a++) {
            for (int b = a + 1; b < boxes.length; b++) {
                assertThat(boxes[a].intersects(boxes[b])).as("buttons %d and %d overlap", a, b).isFalse();
            }
        }
    }

    private static Bounds sceneBounds(Node node) { return node.localToScene(node.getBoundsInLocal()); }

    private void open() {
        panel = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            LessonPanel<?> opened = new LessonPanel<>(new PlaygroundLesson(), id -> { });
            root.getChildren().setAll(opened);
            return opened;
        });
        await(() -> widths().length == 4, "the default 4-2 network shown");
    }

    private PlaygroundLesson lesson() { return (PlaygroundLesson) panel.lesson(); }

    private NetworkSizeControls controls() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> ((PlaygroundView) panel.view()).sizes());
    }

    private void click(FxRobot robot, Button button) {
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Snapshot newest() { return WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.newestSnapshot()); }

    /** The widths the view shows (its buttons follow them), or none before a snapshot. */
    private int[] widths() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            PlaygroundSnapshot shown = (PlaygroundSnapshot) panel.shownSnapshot();
            return shown == null ? new int[0] : shown.widths();
        });
    }

    /** The parameter, the engine's network and the view's buttons all of the new shape. */
    private void expect(String hidden, int... widths) {
        await(() -> Arrays.equals(widths(), widths), "the network " + hidden + " shown");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> panel.params().choice("hidden"))).isEqualTo(hidden);
        double[][] coefs = coefs(newest());
        assertThat(coefs.length).isEqualTo(widths.length - 1);
        for (int l = 1; l < widths.length; l++) {
            assertThat(coefs[l - 1]).as("coefs[%d] of %s", l - 1, hidden).hasSize(widths[l - 1] * widths[l]);
        }
        int hiddenLayers = widths.length - 2;
        NetworkSizeControls sizes = controls();
        for (int l = 0; l < hiddenLayers; l++) {
            assertThat(sizes.neuronButton(l, true)).as("layer %d's +", l + 1).isNotNull();
        }
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> sizes.pairCount())).isEqualTo(hiddenLayers);
    }

    private static double[][] coefs(Snapshot snapshot) {
        return (double[][]) snapshot.metrics().values().get("coefs");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
