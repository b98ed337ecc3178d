package org.stepwise.algo.neural.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;

/** The playground's hidden layers as a free text: the one check, the network it builds, and the − and + arithmetic. */
class HiddenLayersTest {

    private final PlaygroundFactory factory = new PlaygroundFactory();
    private final Dataset circles = Generators.generate("circles", new GeneratorOptions(60, 0.1, 2, 3));

    @Test
    void anyLayoutWithinTheBoundsBuildsThatNetwork() {
        Engine<PlaygroundSnapshot> engine = factory.create(circles, factory.defaults().with("hidden", "4,6,2"), 0);
        engine.step();
        PlaygroundSnapshot snapshot = engine.snapshot();
        assertThat(snapshot.widths()).containsExactly(2, 4, 6, 2, 1);
        assertThat(snapshot.hiddenLayout()).isEqualTo("4,6,2");
        double[][] coefs = (double[][]) snapshot.metrics().values().get("coefs");
        double[][] intercepts = (double[][]) snapshot.metrics().values().get("intercepts");
        assertThat(Arrays.stream(coefs).mapToInt(c -> c.length)).containsExactly(2 * 4, 4 * 6, 6 * 2, 2 * 1);
        assertThat(Arrays.stream(intercepts).mapToInt(b -> b.length)).containsExactly(4, 6, 2, 1);
        assertThat(snapshot.narration()).contains("Hidden layers 4-6-2");
    }

    @Test
    void theTextRoundTripsAndTheSheetShowsItAsWritten() {
        ParamSpec<?> spec = factory.defaults().spec("hidden");
        @SuppressWarnings("unchecked")
        ParamSpec<String> hidden = (ParamSpec<String>) spec;
        for (String text : new String[] {"4,6,2", "8,8,8,8,8,8", "1", "none", "4,2", "3, 5"}) {
            assertThat(hidden.parse(hidden.format(hidden.parse(text)))).as(text).isEqualTo(hidden.parse(text));
        }
        assertThat(hidden.optionLabel("4,6,2")).isEqualTo("4,6,2");
        assertThat(hidden.typedIn()).isTrue();
        // Every layout the parameter offered as a choice before it took any text still loads.
        for (String former : PlaygroundParams.HIDDEN) {
            assertThat(factory.defaults().with("hidden", former).choice("hidden")).isEqualTo(former);
        }
    }

    @Test
    void noHiddenLayerIsSpelledNoneZeroOrNothingAndIsALinearModel() {
        for (String none : new String[] {"none", "0", "", " "}) {
            Params params = factory.defaults().with("hidden", none);
            Engine<PlaygroundSnapshot> engine = factory.create(circles, params, 0);
            engine.step();
            assertThat(engine.snapshot().widths()).as("'%s'", none).containsExactly(2, 1);
            assertThat(engine.snapshot().narration()).as("'%s'", none).contains("linear model");
        }
    }

    @Test
    void badLayoutsAreRefusedWithOneSentenceNamingTheLayer() {
        String[][] cases = {
            {"4,0,2", "Hidden layer 2 has 0 neurons; each layer needs 1 to 8"},
            {"9", "Hidden layer 1 has 9 neurons; each layer takes 1 to 8."},
            {"4,-1", "Hidden layer 2 has -1 neurons; each layer takes 1 to 8."},
            {"4,x", "Hidden layer 2 is 'x', which is not a whole number of neurons."},
            {"4,,2", "Hidden layer 2 has no count between its commas."},
            {"4,2,", "Hidden layer 3 has no count between its commas."},
            {"2.5", "Hidden layer 1 is '2.5', which is not a whole number of neurons."},
            {"1,1,1,1,1,1,1", "It has 7 hidden layers; at most 6 are allowed."},
        };
        for (String[] c : cases) {
            assertThat(HiddenLayers.problem(c[0])).as(c[0]).startsWith(c[1]);
            assertThatThrownBy(() -> factory.defaults().with("hidden", c[0])).as(c[0])
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The 'hidden' parameter must be neuron counts per hidden layer, "
                            + "comma-separated (up to 6 layers of 1 to 8), or none for no hidden layer. ")
                    .hasMessageContaining(c[1]);
        }
    }

    @Test
    void theButtonsArithmeticFollowsTensorFlowPlayground() {
        int[] two = {4, 2};
        assertThat(HiddenLayers.withLayerAdded(two)).containsExactly(4, 2, 2);
        assertThat(HiddenLayers.withLastLayerRemoved(two)).containsExactly(4);
        assertThat(HiddenLayers.withLastLayerRemoved(new int[] {4})).isEmpty();
        assertThat(HiddenLayers.withResized(two, 1, +1)).containsExactly(4, 3);
        assertThat(HiddenLayers.withResized(two, 0, -1)).containsExactly(3, 2);
        assertThat(two).as("unchanged").containsExactly(4, 2);
        assertThat(HiddenLayers.text(new int[0])).isEqualTo("none");
        assertThat(HiddenLayers.text(new int[] {4, 6, 2})).isEqualTo("4,6,2");

        int[] full = {8, 8, 8, 8, 8, 8};
        assertThat(HiddenLayers.canAddLayer(full)).isFalse();
        assertThat(HiddenLayers.canRemoveLayer(new int[0])).isFalse();
        assertThat(HiddenLayers.canResize(full, 5, +1)).isFalse();
        assertThat(HiddenLayers.canResize(new int[] {1}, 0, -1)).isFalse();
        assertThatThrownBy(() -> HiddenLayers.withLayerAdded(full)).hasMessageContaining("already 6");
        assertThatThrownBy(() -> HiddenLayers.withResized(new int[] {1}, 0, -1)).hasMessageContaining("1 to 8");
        assertThatThrownBy(() -> HiddenLayers.withLastLayerRemoved(new int[0])).hasMessageContaining("no hidden layer");
    }
}
