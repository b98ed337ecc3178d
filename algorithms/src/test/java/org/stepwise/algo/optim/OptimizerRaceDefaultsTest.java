package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;

/**
 * Every surface's own start and rates make a race that teaches: with all seven optimizers
 * switched on and the default step limit (500), none diverges and each at least halves its
 * loss (on the saddle, whose loss is unbounded below, it goes down as well); on the bowl,
 * Beale's, Himmelblau's and Rastrigin's functions at least three converge.
 */
class OptimizerRaceDefaultsTest {

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    static Iterable<String> surfaces() { return Surfaces.names(); }

    @ParameterizedTest
    @MethodSource("surfaces")
    void everyOptimizerMakesProgressWithoutDivergingOnEachSurfacesDefaults(String surface) {
        Params params = factory.defaults().with("surface", surface);
        for (String name : OptimizerRaceFactory.OPTIMIZERS) {
            params = params.with(OptimizerRaceFactory.flagName(name), true);
        }
        Engine<OptimizerRaceSnapshot> race = factory.create(null, params, 0);
        StepResult result;
        do {
            result = race.step();
        } while (!result.isFinal());
        OptimizerRaceSnapshot end = race.snapshot();
        assertThat(end.step()).isLessThanOrEqualTo(500);
        int converged = 0;
        for (Track track : end.tracks()) {
            assertThat(track.state()).as(surface + ": " + track.name()).isNotEqualTo(Track.State.DIVERGED);
            assertThat(track.currentLoss()).as(surface + ": " + track.name() + "'s loss")
                    .isLessThan(track.loss(0) - 0.5 * Math.abs(track.loss(0)));
            converged += track.state() == Track.State.CONVERGED ? 1 : 0;
        }
        if (!surface.equals("rosenbrock") && !surface.equals("saddle")) {
            assertThat(converged).as(surface + ": optimizers converged").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theOldSharedRateDivergedOnRosenbrockWhereItsOwnDoesNot() {
        Params shared = factory.defaults().with("surface", "rosenbrock").with("learningRate", 0.1)
                .with("startX", -1.5).with("startY", 1.5);
        Engine<OptimizerRaceSnapshot> race = factory.create(null, shared, 0);
        race.step();
        race.step();
        assertThat(race.snapshot().track(0).state()).isEqualTo(Track.State.DIVERGED);
    }

    @ParameterizedTest
    @CsvSource({
        "bowl, -1.5, 1.5, 0.1, 0.1",
        "rosenbrock, -1.2, 1, 0.001, 0.05",
        "beale, 0.5, 1, 0.01, 0.1",
        "himmelblau, 0, 0, 0.005, 0.1",
        "saddle, -1.5, 0.01, 0.001, 0.02",
        "rastrigin, -1.5, 1.5, 0.002, 0.05",
    })
    void eachSurfaceBringsItsStartAndRatesAndOnlyTheBowlItsShape(String surface, double x, double y, double rate,
                                                                 double adaptive) {
        Params params = factory.defaults().with("surface", "rastrigin").with("surface", surface);
        assertThat(params.real("startX")).isEqualTo(x);
        assertThat(params.real("startY")).isEqualTo(y);
        assertThat(params.real("learningRate")).isEqualTo(rate);
        assertThat(params.real("adaptiveLearningRate")).isEqualTo(adaptive);
        assertThat(params.applies("conditioning")).isEqualTo(surface.equals("bowl"));
        assertThat(params.applies("rotation")).isEqualTo(surface.equals("bowl"));
    }

    @Test
    void aHyperParameterAppliesOnlyWhenAnOptimizerUsingItRaces() {
        Params defaults = factory.defaults();
        assertThat(defaults.applies("momentum")).isTrue();
        assertThat(defaults.applies("beta1")).isTrue();
        assertThat(defaults.applies("rho")).isFalse();
        assertThat(defaults.applies("weightDecay")).isFalse();
        assertThat(defaults.with("useAdamw", true).applies("weightDecay")).isTrue();
        Params adaptiveOnly = defaults.with("useGd", false).with("useMomentum", false);
        assertThat(adaptiveOnly.applies("learningRate")).isFalse();
        assertThat(adaptiveOnly.applies("momentum")).isFalse();
        assertThat(adaptiveOnly.spec("learningRate").inapplicableWhy()).contains("GD");
    }
}
