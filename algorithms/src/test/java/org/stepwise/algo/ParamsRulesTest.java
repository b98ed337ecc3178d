package org.stepwise.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groups, "applies when" and defaults that follow a choice: the rules the sheet, CLI and sessions share. */
class ParamsRulesTest {

    private static final List<ParamSpec<?>> DECLARED = List.of(
            ParamSpec.choice("surface", "bowl", List.of("bowl", "valley", "flat")).group("Surface"),
            ParamSpec.real("tilt", 10).between(1, 100).group("Surface")
                    .appliesWhen(p -> p.choice("surface").equals("bowl"), "Only for the bowl"),
            ParamSpec.real("rate", 0.1).between(1e-5, 10).group("Rates", false)
                    .defaultsFollow("surface", Map.of("valley", 0.001)),
            ParamSpec.integer("steps", 500).between(1, 1000).defaultsFollow("surface", Map.of("flat", 50)));

    private final Params defaults = Params.defaults(DECLARED);

    @Test
    void groupsAndTheirOpeningAreDeclared() {
        assertThat(defaults.specs().stream().map(ParamSpec::group)).containsExactly("Surface", "Surface", "Rates", "");
        assertThat(defaults.spec("rate").groupStartsOpen()).isFalse();
        assertThat(defaults.spec("tilt").groupStartsOpen()).isTrue();
    }

    @Test
    void aParameterAppliesOnlyWhereItsConditionHolds() {
        assertThat(defaults.applies("tilt")).isTrue();
        assertThat(defaults.with("surface", "valley").applies("tilt")).isFalse();
        assertThat(defaults.spec("tilt").inapplicableWhy()).isEqualTo("Only for the bowl");
        assertThat(defaults.applies("rate")).isTrue();
        assertThat(defaults.spec("rate").inapplicableWhy()).isEmpty();
        // Still settable: a session or the command line may carry it; the engine ignores it.
        assertThat(defaults.with("surface", "valley").with("tilt", 20.0).real("tilt")).isEqualTo(20.0);
    }

    @Test
    void defaultsFollowTheChoiceUntilTheLearnerSetsAValue() {
        Params valley = defaults.with("surface", "valley");
        assertThat(valley.real("rate")).isEqualTo(0.001);
        assertThat(valley.integer("steps")).isEqualTo(500);
        Params flat = valley.with("surface", "flat");
        assertThat(flat.real("rate")).isEqualTo(0.1);
        assertThat(flat.integer("steps")).isEqualTo(50);

        Params own = defaults.with("rate", 0.3).with("surface", "valley");
        assertThat(own.real("rate")).as("the learner's rate is kept").isEqualTo(0.3);
        assertThat(own.with("surface", "bowl").real("rate")).isEqualTo(0.3);
        // Setting a value to what it already is changes nothing else.
        assertThat(valley.with("surface", "valley")).isEqualTo(valley);
    }

    @Test
    void theDefaultsStartAtTheDefaultChoicesDefaults() {
        List<ParamSpec<?>> startsInTheValley = List.of(
                ParamSpec.choice("surface", "valley", List.of("bowl", "valley")),
                ParamSpec.real("rate", 0.1).between(1e-5, 10).defaultsFollow("surface", Map.of("valley", 0.001)));
        assertThat(Params.defaults(startsInTheValley).real("rate")).isEqualTo(0.001);
    }

    @Test
    void givenValuesAreKeptWhateverTheirOrderAndTheRestFollow() {
        Map<String, String> rateFirst = new LinkedHashMap<>();
        rateFirst.put("rate", "0.1");
        rateFirst.put("surface", "valley");
        Params restored = defaults.withAllText(rateFirst);
        // Applied in order, the valley would have moved the rate (0.1 is the bowl's default) to 0.001.
        assertThat(restored.real("rate")).isEqualTo(0.1);
        assertThat(restored.choice("surface")).isEqualTo("valley");
        assertThat(defaults.withAllText(Map.of("surface", "valley")).real("rate")).isEqualTo(0.001);

        Params saved = defaults.with("surface", "flat").with("rate", 2.0);
        assertThat(defaults.withAllText(saved.asText())).isEqualTo(saved);
        assertThatThrownBy(() -> defaults.withAllText(Map.of("speed", "1"))).hasMessageContaining("'speed'");
    }

    @Test
    void aDefaultMustFollowADeclaredChoiceAndFitItsRangeUnderEveryOption() {
        assertThatThrownBy(() -> Params.defaults(List.of(ParamSpec.real("rate", 0.1)
                .defaultsFollow("surface", Map.of("valley", 0.001))))).hasMessageContaining("'surface'");
        assertThatThrownBy(() -> Params.defaults(List.of(ParamSpec.choice("surface", "bowl", List.of("bowl", "valley")),
                ParamSpec.real("rate", 0.1).between(0.01, 1).defaultsFollow("surface", Map.of("valley", 0.001)))))
                .hasMessageContaining("'rate'");
    }

    /** A trait read from the data: "wide" when some feature exceeds 10 in size, with why. */
    private static final DataTrait WIDTH = DataTrait.of("width", List.of("narrow", "wide"), data -> {
        for (double v : data.featuresRowMajor()) {
            if (Math.abs(v) > 10) {
                return new DataTrait.Reading("wide", "a feature exceeds 10");
            }
        }
        return new DataTrait.Reading("narrow", "");
    });

    private static final List<ParamSpec<?>> FOLLOWING_DATA = List.of(
            ParamSpec.choice("solver", "gd", List.of("gd", "newton")).defaultsFollow("width", Map.of("wide", "newton")),
            ParamSpec.real("rate", 0.1).between(1e-5, 10));

    private static org.stepwise.data.Dataset points(double x) {
        return org.stepwise.data.Dataset.classification("p", new double[][] {{0}, {x}}, new int[] {0, 1},
                List.of("x"), List.of("a", "b"));
    }

    @Test
    void defaultsFollowTheDataUntilTheLearnerSetsAValue() {
        Params start = Params.defaults(FOLLOWING_DATA, List.of(WIDTH));
        assertThat(start.choice("solver")).as("without data, the first option's default").isEqualTo("gd");
        Params wide = start.forData(points(50));
        assertThat(wide.choice("solver")).isEqualTo("newton");
        assertThat(wide.why("solver")).isEqualTo("a feature exceeds 10");
        assertThat(wide.why("rate")).as("a fixed default has no reason").isEmpty();
        assertThat(wide.forData(points(1)).choice("solver")).isEqualTo("gd");
        assertThat(wide.forData(points(1)).why("solver")).isEmpty();

        Params own = wide.with("solver", "gd");
        assertThat(own.why("solver")).as("the learner's value, not the data's").isEmpty();
        assertThat(own.forData(points(60)).choice("solver")).isEqualTo("gd");
        assertThat(own.forData(points(1)).forData(points(60)).choice("solver"))
                .as("gd is the narrow data's default, so it follows again").isEqualTo("newton");
        // Given values win over the data's defaults, in any order: the command line's --param.
        assertThat(start.forData(points(50)).withAllText(Map.of("solver", "gd")).choice("solver")).isEqualTo("gd");
        assertThat(start.forData(points(50))).as("equal values, equal parameters").isEqualTo(wide);
    }

    @Test
    void aDataTraitIsDeclaredOnceAndItsDefaultsFitUnderEveryOption() {
        assertThatThrownBy(() -> Params.defaults(List.of(ParamSpec.real("rate", 0.1).between(0.01, 1)
                .defaultsFollow("width", Map.of("wide", 0.001))), List.of(WIDTH))).hasMessageContaining("'rate'");
        assertThatThrownBy(() -> Params.defaults(List.of(ParamSpec.real("width", 0.1)), List.of(WIDTH)))
                .hasMessageContaining("'width'");
        assertThatThrownBy(() -> Params.defaults(FOLLOWING_DATA)).hasMessageContaining("not a declared choice or data trait");
        DataTrait wrong = DataTrait.of("width", List.of("narrow"), data -> new DataTrait.Reading("wide", ""));
        assertThatThrownBy(() -> Params.defaults(FOLLOWING_DATA, List.of(wrong)).forData(points(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'wide'");
    }
}
