package org.stepwise.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParamSpecTest {

    private final ParamSpec<Integer> k = ParamSpec.integer("k", 3).between(1, 150).help("number of clusters");
    private final ParamSpec<Double> learningRate = ParamSpec.real("learningRate", 0.1).greaterThan(0).atMost(10)
            .logScale().help("step size");

    @Test
    void refusalNamesTheParameterItsRangeAndTheValue() {
        assertThatThrownBy(() -> k.validate(400))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The 'k' parameter must be an integer in the range [1, 150]; got 400.");
        assertThatThrownBy(() -> learningRate.validate(0.0))
                .hasMessage("The 'learningRate' parameter must be a number in the range (0, 10]; got 0.0.");
    }

    @Test
    void rangesAreWrittenAsALearnerWritesNumbers() {
        ParamSpec<Double> rate = ParamSpec.real("learningRate", 0.5).between(1e-5, 100).help("step size");
        ParamSpec<Double> tol = ParamSpec.real("tol", 1e-4).between(1e-12, 0.25).help("tolerance");
        assertThat(rate.describeAllowed()).isEqualTo("a number in the range [0.00001, 100]");
        assertThat(tol.describeAllowed()).isEqualTo("a number in the range [1e-12, 0.25]");
    }

    @Test
    void aCountIsAWholeNumberAmongTheScalars() {
        Metrics metrics = Metrics.builder().scalar("loss", 0.5).count("n_iter", 2000).build();
        assertThat(metrics.values().get("n_iter")).isEqualTo(2000L);
        assertThat(metrics.scalar("n_iter")).isEqualTo(2000.0);
        assertThat(metrics.scalars()).containsEntry("n_iter", 2000.0).containsEntry("loss", 0.5);
    }

    @Test
    void aChoiceShowsLabelsButKeepsItsWords() {
        ParamSpec<String> solver = ParamSpec.choice("solver", "gd", List.of("gd", "newton"))
                .optionLabels("Gradient descent", "Newton's method").help("how to step");
        assertThat(solver.optionLabel("gd")).isEqualTo("Gradient descent");
        assertThat(solver.options()).containsExactly("gd", "newton");
        assertThat(solver.validate("newton")).isEqualTo("newton");
        assertThat(solver.label("Solver").optionLabel("newton")).as("kept through later refinements")
                .isEqualTo("Newton's method");
        assertThat(ParamSpec.choice("kernel", "rbf", List.of("rbf", "linear")).optionLabel("rbf")).isEqualTo("rbf");
        assertThatThrownBy(() -> solver.optionLabels("only one")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void integersAcceptWholeDoublesOnly() {
        assertThat(k.validate(5.0)).isEqualTo(5);
        assertThatThrownBy(() -> k.validate(2.5)).hasMessageContaining("got 2.5");
        assertThatThrownBy(() -> k.parse("two")).hasMessageContaining("got 'two'");
    }

    @Test
    void realsRefuseNonFiniteValues() {
        assertThatThrownBy(() -> learningRate.validate(Double.NaN)).hasMessageContaining("'learningRate'");
        assertThatThrownBy(() -> learningRate.parse("Infinity")).hasMessageContaining("'learningRate'");
    }

    @Test
    void textFormRoundTripsExactly() {
        double awkward = 0.1 + 0.2;
        assertThat(learningRate.parse(learningRate.format(awkward))).isEqualTo(awkward);
        assertThat(k.parse(k.format(42))).isEqualTo(42);
    }

    @Test
    void choicesAndFlags() {
        ParamSpec<String> penalty = ParamSpec.choice("penalty", "l2", List.of("l2", "none"));
        assertThat(penalty.parse("none")).isEqualTo("none");
        assertThatThrownBy(() -> penalty.parse("l1"))
                .hasMessage("The 'penalty' parameter must be one of l2, none; got 'l1'.");
        ParamSpec<Boolean> adam = ParamSpec.flag("adam", true);
        assertThat(adam.parse("FALSE")).isFalse();
        assertThatThrownBy(() -> adam.parse("yes")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> ParamSpec.choice("penalty", "l1", List.of("l2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsAreDerivedFromNames() {
        assertThat(learningRate.label()).isEqualTo("Learning rate");
        assertThat(k.label()).isEqualTo("K");
        assertThat(k.label("Clusters").label()).isEqualTo("Clusters");
    }

    @Test
    void refiningReturnsANewSpec() {
        ParamSpec<Integer> wider = k.atMost(1000);
        assertThat(k.max()).isEqualTo(150);
        assertThat(wider.max()).isEqualTo(1000);
        assertThat(wider.help()).isEqualTo("number of clusters");
    }

    @Test
    void paramsRefuseUnknownNamesListingTheValidOnes() {
        Params params = Params.defaults(List.of(k, learningRate));
        assertThatThrownBy(() -> params.with("kk", 3))
                .hasMessage("There is no parameter 'kk'; the parameters are: k, learningRate.");
        Params changed = params.withText("k", "7");
        assertThat(changed.integer("k")).isEqualTo(7);
        assertThat(params.integer("k")).isEqualTo(3);
        assertThat(changed.asText()).containsEntry("k", "7").containsEntry("learningRate", "0.1");
    }

    @Test
    void duplicateDeclarationsAreRefused() {
        assertThatThrownBy(() -> Params.defaults(List.of(k, k))).hasMessageContaining("declared twice");
    }

    @Test
    void stepResultTextForms() {
        assertThat(StepResult.CONTINUE).hasToString("CONTINUE");
        assertThat(StepResult.CONVERGED).hasToString("CONVERGED");
        assertThat(StepResult.stopped("the loss diverged")).hasToString("STOPPED: the loss diverged");
        assertThat(StepResult.stopped("x").isFinal()).isTrue();
        assertThatThrownBy(() -> StepResult.stopped(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChoiceThatTakesNumbersKeepsItsWordsAndTheNumbersAboveItsBound() {
        ParamSpec<String> gamma = ParamSpec.choice("gamma", "scale", java.util.List.of("scale", "auto")).orNumberAbove(0);
        assertThat(gamma.takesNumbers()).isTrue();
        assertThat(gamma.parse("auto")).isEqualTo("auto");
        assertThat(gamma.parse(" 0.5 ")).isEqualTo("0.5");
        assertThat(gamma.parse("2")).isEqualTo("2.0");
        assertThat(gamma.validate(0.25)).isEqualTo("0.25");
        assertThat(gamma.parse(gamma.format(gamma.parse("1e-3")))).isEqualTo("0.001");
        for (String bad : new String[] {"0", "-1", "NaN", "Infinity", "wide"}) {
            assertThatThrownBy(() -> gamma.parse(bad))
                    .hasMessage("The 'gamma' parameter must be one of scale, auto or a number above 0; got '" + bad + "'.");
        }
        assertThat(ParamSpec.choice("kernel", "rbf", java.util.List.of("rbf")).takesNumbers()).isFalse();
        assertThatThrownBy(() -> ParamSpec.real("C", 1).orNumberAbove(0)).isInstanceOf(IllegalStateException.class);
    }

    /** A choice that also takes a text of its own kind: accepted when the check finds nothing, else refused with its sentence. */
    @Test
    void aChoiceMayAlsoTakeATextItsCheckAccepts() {
        ParamSpec<String> layout = ParamSpec.choice("layout", "small", List.of("small", "large"))
                .orText("a row of dots", "Your row", text -> text.matches("\\.+") ? null
                        : "Column " + (text.replaceAll("^\\.*", "").length() == text.length() ? 1
                        : text.length() - text.replaceAll("^\\.*", "").length() + 1) + " is no dot.");
        assertThat(layout.takesText()).isTrue();
        assertThat(layout.parse("large")).isEqualTo("large");
        assertThat(layout.parse("...")).isEqualTo("...");
        assertThat(layout.optionLabel("...")).isEqualTo("Your row");
        assertThat(layout.textProblem("..x")).isEqualTo("Column 3 is no dot.");
        assertThat(layout.describeAllowed()).isEqualTo("one of small, large or a row of dots");
        assertThatThrownBy(() -> layout.parse("..x")).hasMessage(
                "The 'layout' parameter must be one of small, large or a row of dots. Column 3 is no dot.");
        assertThat(layout.label("Layout").takesText()).as("kept by a refinement").isTrue();
        assertThatThrownBy(() -> ParamSpec.real("x", 1).orText("t", "T", text -> null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ParamSpec.choice("c", "a", List.of("a")).textProblem("b"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** With no label, a text is shown as written and typed in; the options are examples of it, so the refusal names the text alone. */
    @Test
    void aTextShownAsWrittenIsTypedInAndDescribedAlone() {
        ParamSpec<String> widths = ParamSpec.choice("widths", "2", List.of("1", "2"))
                .orText("digits from 1 to 3", "", text -> text.matches("[1-3]+") ? null : "'" + text + "' has another digit.");
        assertThat(widths.typedIn()).isTrue();
        assertThat(widths.optionLabel("123")).isEqualTo("123");
        assertThat(widths.parse("312")).isEqualTo("312");
        assertThat(widths.describeAllowed()).isEqualTo("digits from 1 to 3");
        assertThatThrownBy(() -> widths.parse("14")).hasMessage(
                "The 'widths' parameter must be digits from 1 to 3. '14' has another digit.");
        ParamSpec<String> named = ParamSpec.choice("layout", "a", List.of("a")).orText("a row", "Yours", text -> null);
        assertThat(named.typedIn()).as("a text shown by its label is drawn or loaded, not typed").isFalse();
        assertThat(ParamSpec.choice("c", "a", List.of("a")).typedIn()).isFalse();
    }
}
