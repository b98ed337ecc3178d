package org.stepwise.viz.lessons.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.algo.Engine;
import org.stepwise.algo.neural.playground.PlaygroundSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.NeuronField;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlaygroundViewTest {

    private final PlaygroundLesson lesson = new PlaygroundLesson();
    private PlaygroundView view;
    private final List<Map<String, Object>> requests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = (PlaygroundView) lesson.createView();
        view.setParameterRequestListener(requests::add);
        stage.setScene(new Scene(new StackPane(view.node()), 1000, 600));
        stage.show();
    }

    /** Each − and + asks for the layout it makes, as TensorFlow Playground's: a layer of 2 added after the last. */
    @Test
    void plusAndMinusAskForTheLayoutTheyMake() {
        Dataset data = lesson.defaultData();
        Engine<PlaygroundSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        engine.step();
        PlaygroundSnapshot snapshot = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, data));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            NetworkSizeControls sizes = view.sizes();
            sizes.layerButton(true).fire();
            sizes.layerButton(false).fire();
            sizes.neuronButton(0, true).fire();
            sizes.neuronButton(1, false).fire();
        });
        assertThat(requests).containsExactly(Map.of("hidden", "4,2,2"), Map.of("hidden", "4"), Map.of("hidden", "5,2"),
                Map.of("hidden", "4,1"));
        assertThat(view.sizes().pairCount()).isEqualTo(2);
        assertThat(view.diagram().selectedWeight()).isNull();
    }

    /** A network with no hidden layer, shown first: the count says it is a linear model, and only + is offered. */
    @Test
    void noHiddenLayerShownFirstOffersOnlyALayerMore() {
        Dataset data = lesson.defaultData();
        Engine<PlaygroundSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults().with("hidden", "none"), 0);
        engine.step();
        NetworkSizeControls sizes = view.sizes();
        assertThat(sizes.layerButton(true).isDisabled()).as("before a network is shown").isTrue();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(engine.snapshot(), data));
        assertThat(sizes.countText()).isEqualTo("0: a linear model");
        assertThat(sizes.layerButton(false).isDisabled()).isTrue();
        assertThat(sizes.layerButton(true).isDisabled()).isFalse();
        assertThat(sizes.pairCount()).isZero();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> sizes.layerButton(true).fire());
        assertThat(requests).containsExactly(Map.of("hidden", "2"));
    }

    /** A clicked neuron is shown enlarged: P(class 1) = (1 + its tanh output)/2 at every point; clicked again, the network. */
    @Test
    void aFocusedNeuronIsShownEnlargedWithTheStepsWeights() {
        Dataset data = lesson.defaultData();
        Engine<PlaygroundSnapshot> engine = lesson.factory().create(data, lesson.factory().defaults(), 0);
        for (int i = 0; i < 5; i++) {
            engine.step();
        }
        PlaygroundSnapshot snapshot = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(snapshot, data));
        assertThat(view.boundary().model()).isSameAs(snapshot);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.diagram().focusNode(1, 2));
        assertThat(view.boundary().model()).isInstanceOf(NeuronField.class);
        double[] xs = {-0.8, 0.1, 0.6};
        double[] ys = {0.4, -0.2, 0.9};
        double[] p = new double[6];
        view.boundary().model().predictProbabilities(xs, ys, 3, p);
        int[] widths = snapshot.widths();
        double[][] nodes = new double[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            nodes[l] = new double[3 * widths[l]];
        }
        snapshot.nodeOutputs(xs, ys, 3, nodes);
        for (int i = 0; i < 3; i++) {
            double tanh = nodes[1][i * widths[1] + 2];
            assertThat(p[2 * i + 1]).as("point %d", i).isCloseTo((1 + tanh) / 2, org.assertj.core.api.Assertions.offset(1e-12));
        }
        // The next step keeps the focus, with the new weights.
        engine.step();
        PlaygroundSnapshot next = engine.snapshot();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.show(next, data));
        assertThat(view.boundary().model()).isInstanceOf(NeuronField.class);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.diagram().focusNode(-1, 0));
        assertThat(view.boundary().model()).isSameAs(next);
    }
}
