package org.stepwise.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Params;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonCatalog;

class SessionTest {

    private final Lesson<?> optimizers = LessonCatalog.load().require("optimizers");

    @Test
    void paramsForParsesEachValueAndKeepsDefaultsForTheRest() {
        Session session = new Session("optimizers", null, Map.of("learningRate", "0.05", "useNesterov", "true"), 4, 10);

        Params params = session.paramsFor(optimizers);

        assertThat(params.real("learningRate")).isEqualTo(0.05);
        assertThat(params.flag("useNesterov")).isTrue();
        assertThat(params.get("momentum")).isEqualTo(optimizers.factory().defaults().get("momentum"));
    }

    @Test
    void paramsForRoundTripsTheTextForm() {
        Params changed = optimizers.factory().defaults().withText("rotation", "-12.5").withText("surface",
                optimizers.factory().defaults().asText().get("surface"));
        Session session = new Session("optimizers", null, changed.asText(), 0, 0);

        assertThat(session.paramsFor(optimizers)).isEqualTo(changed);
    }

    @Test
    void savedValuesRestoreExactlyThoughASurfaceBringsItsOwnDefaults() {
        // The bowl's rate 0.1, kept by the learner on Rosenbrock: applied in the file's order, the surface
        // would have moved a rate still at the bowl's default to Rosenbrock's 0.001.
        Params kept = optimizers.factory().defaults().with("surface", "rosenbrock").with("learningRate", 0.1);
        Map<String, String> rateFirst = new LinkedHashMap<>();
        rateFirst.put("learningRate", "0.1");
        rateFirst.putAll(kept.asText());
        assertThat(new Session("optimizers", null, rateFirst, 0, 0).paramsFor(optimizers)).isEqualTo(kept);
        assertThat(new Session("optimizers", null, kept.asText(), 0, 0).paramsFor(optimizers)).isEqualTo(kept);

        // A session naming only the surface gets that surface's start and rates.
        Params rosenbrock = new Session("optimizers", null, Map.of("surface", "rosenbrock"), 0, 0).paramsFor(optimizers);
        assertThat(rosenbrock.real("learningRate")).isEqualTo(0.001);
        assertThat(rosenbrock.real("startX")).isEqualTo(-1.2);
    }

    @Test
    void paramsForRefusesAnUnknownNameListingTheKnownOnes() {
        Session session = new Session("optimizers", null, Map.of("learningRat", "0.1"), 0, 0);

        assertThatThrownBy(() -> session.paramsFor(optimizers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("There is no parameter 'learningRat'").hasMessageContaining("learningRate");
    }

    @Test
    void paramsForRefusesAValueOutOfRange() {
        Session session = new Session("optimizers", null, Map.of("learningRate", "50"), 0, 0);

        assertThatThrownBy(() -> session.paramsFor(optimizers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The 'learningRate' parameter must be a number in the range");
    }

    @Test
    void paramsAreACopyThatCannotChange() {
        Map<String, String> params = new LinkedHashMap<>(Map.of("momentum", "0.5"));
        Session session = new Session("optimizers", null, params, 0, 0);

        params.put("momentum", "0.7");

        assertThat(session.params()).containsExactly(Map.entry("momentum", "0.5"));
        assertThatThrownBy(() -> session.params().put("rho", "0.1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNegativeStepIsRefused() {
        assertThatThrownBy(() -> new Session("optimizers", null, Map.of(), 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
    }

    @Test
    void defaultsThatFollowTheDataFollowTheSessionsDataAndSavedValuesWin() {
        Lesson<?> logistic = LessonCatalog.load().require("logistic-regression");
        org.stepwise.data.Dataset iris = org.stepwise.data.BuiltInDatasets.load("iris");
        assertThat(new Session("logistic-regression", iris, Map.of("C", "1.0"), 0, 0).paramsFor(logistic)
                .choice("solver")).as("Iris's columns: Newton's method").isEqualTo("newton");
        assertThat(new Session("logistic-regression", iris, Map.of(), 0, 0, true).paramsFor(logistic)
                .choice("solver")).as("standardized: gradient descent").isEqualTo("gd");
        Params ownGd = new Session("logistic-regression", iris, Map.of("solver", "gd"), 0, 0).paramsFor(logistic);
        assertThat(ownGd.choice("solver")).isEqualTo("gd");
        assertThat(ownGd.forData(org.stepwise.data.BuiltInDatasets.load("wine")).choice("solver"))
                .as("read against Iris, a saved gd is the learner's own").isEqualTo("gd");
    }
}
