package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;

class OptimizerRaceFactoryTest {

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    @ParameterizedTest
    @CsvSource({
        "conditioning, 1, 100, true, 10",
        "rotation, -90, 90, false, 30",
        "startX, -10, 10, false, -1.5",
        "startY, -10, 10, false, 1.5",
        "learningRate, 1e-5, 10, true, 0.1",
        "adaptiveLearningRate, 1e-5, 10, true, 0.1",
        "momentum, 0, 0.999, false, 0.9",
        "rho, 0, 0.9999, false, 0.9",
        "beta1, 0, 0.9999, false, 0.9",
        "beta2, 0, 0.99999, false, 0.999",
        "epsilon, 1e-12, 1e-2, true, 1e-8",
        "weightDecay, 0, 1, false, 0.01",
        "tolerance, 1e-12, 1, true, 1e-6",
    })
    void realParametersHaveTheirRangesAndRefuseValuesOutside(String name, double min, double max, boolean log,
                                                            double defaultValue) {
        ParamSpec<?> spec = factory.defaults().spec(name);
        assertThat(spec.kind()).isEqualTo(ParamSpec.Kind.REAL);
        assertThat(spec.min()).isEqualTo(min);
        assertThat(spec.max()).isEqualTo(max);
        assertThat(spec.isLogScale()).isEqualTo(log);
        assertThat(spec.defaultValue()).isEqualTo(defaultValue);
        Params defaults = factory.defaults();
        for (double bad : new double[] {Math.nextDown(min), Math.nextUp(max), min - 1, max * 2 + 1}) {
            assertThatThrownBy(() -> defaults.with(name, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The '" + name + "' parameter must be a number in the range");
        }
        assertThat(defaults.with(name, min).real(name)).isEqualTo(min);
        assertThat(defaults.with(name, max).real(name)).isEqualTo(max);
    }

    @Test
    void maxStepsIsAnIntegerFromOneToAHundredThousand() {
        Params defaults = factory.defaults();
        assertThat(defaults.integer("maxSteps")).isEqualTo(500);
        for (int bad : new int[] {0, -3, 100_001}) {
            assertThatThrownBy(() -> defaults.with("maxSteps", bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The 'maxSteps' parameter must be an integer in the range [1, 100000]; got " + bad + ".");
        }
    }

    @Test
    void everyOptimizerHasTheNameALearnerReads() {
        assertThat(OptimizerRaceFactory.OPTIMIZERS.stream().map(OptimizerRaceFactory::label).toList())
                .containsExactly("GD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam", "AdamW");
    }

    @Test
    void theSurfaceIsAChoiceOfTheNames() {
        ParamSpec<?> spec = factory.defaults().spec("surface");
        assertThat(spec.options()).containsExactlyElementsOf(Surfaces.names());
        assertThat(spec.defaultValue()).isEqualTo("bowl");
        assertThatThrownBy(() -> factory.defaults().with("surface", "ackley"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'surface'")
                .hasMessageContaining("rosenbrock");
    }

    @Test
    void oneFlagPerOptimizerWithGdMomentumAndAdamOnByDefault() {
        Params defaults = factory.defaults();
        List<String> on = OptimizerRaceFactory.OPTIMIZERS.stream()
                .filter(name -> defaults.flag(OptimizerRaceFactory.flagName(name))).toList();
        assertThat(on).containsExactly("gd", "momentum", "adam");
        assertThat(OptimizerRaceFactory.OPTIMIZERS.stream().map(OptimizerRaceFactory::flagName))
                .containsExactly("useGd", "useMomentum", "useNesterov", "useAdagrad", "useRmsprop", "useAdam",
                        "useAdamw");
        assertThatThrownBy(() -> OptimizerRaceFactory.flagName("lbfgs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adamw");
    }

    @Test
    void everyParameterIsDeclaredOnceWithHelp() {
        assertThat(factory.params()).extracting(ParamSpec::name).containsExactly("surface", "conditioning",
                "rotation", "startX", "startY", "learningRate", "adaptiveLearningRate", "useGd", "useMomentum",
                "useNesterov", "useAdagrad", "useRmsprop", "useAdam", "useAdamw", "momentum", "rho", "beta1",
                "beta2", "epsilon", "weightDecay", "maxSteps", "tolerance");
        // Under headings, in this order; the optimizers' fine-tuning starts closed.
        assertThat(factory.params().stream().map(ParamSpec::group).distinct()).containsExactly("Surface",
                "Learning rates", "Optimizers raced", "Optimizer settings", "Stopping");
        assertThat(factory.defaults().spec("momentum").groupStartsOpen()).isFalse();
        assertThat(factory.params()).allSatisfy(spec -> assertThat(spec.help()).isNotBlank());
        assertThat(factory.dataKind()).isEqualTo(DataKind.NONE);
    }

    @Test
    void eachOptimizerAloneGetsItsOwnRule() {
        for (String name : OptimizerRaceFactory.OPTIMIZERS) {
            Params params = factory.defaults();
            for (String other : OptimizerRaceFactory.OPTIMIZERS) {
                params = params.with(OptimizerRaceFactory.flagName(other), other.equals(name));
            }
            OptimizerRaceSnapshot snapshot = factory.create(null, params, 0).snapshot();
            assertThat(snapshot.optimizerCount()).isEqualTo(1);
            assertThat(snapshot.optimizerName(0)).isEqualTo(name);
            assertThat(OptimizerRaceFactory.rule(name, params).name()).isEqualTo(name);
        }
    }

    @Test
    void theBowlParametersReachTheSurface() {
        Params params = factory.defaults().with("conditioning", 50.0).with("rotation", 0.0);
        OptimizerRaceSnapshot snapshot = factory.create(null, params, 0).snapshot();
        assertThat(snapshot.surface()).isInstanceOf(QuadraticBowl.class);
        assertThat(snapshot.surface().value(0, 1)).isEqualTo(25);
        assertThat(snapshot.surface().value(1, 0)).isEqualTo(0.5);
    }
}
