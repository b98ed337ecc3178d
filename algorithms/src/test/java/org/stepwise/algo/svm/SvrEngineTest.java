package org.stepwise.algo.svm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.data.Dataset;

/** The ε-SVR engine on the engine contract, and what its tube means. */
class SvrEngineTest extends EngineContractTest<SvmSnapshot> {

    private final SvrFactory factory = new SvrFactory();

    @Override
    protected EngineFactory<SvmSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return SvmFixtures.load("svm_regression_sine").dataset(); }

    /** A point strictly inside the tube |y − f(x)| &lt; ε is never a support vector (its α and α* are 0). */
    @Test
    void pointsInsideTheTubeAreNotSupportVectors() {
        Dataset sine = data();
        SvmSnapshot end = SvmEngineTest.runToEnd(factory.create(sine, factory.defaults().with("tol", 1e-6), 0));
        double epsilon = end.epsilon();
        int inside = 0;
        for (int i = 0; i < sine.size(); i++) {
            double residual = Math.abs(sine.target(i) - end.predict(sine.featuresRowMajor(), i));
            if (residual < epsilon - 1e-4) {
                inside++;
                assertThat(end.isSupport(i)).as("row %d, %.4f inside the tube", i, residual).isFalse();
            } else if (residual > epsilon + 1e-4) {
                assertThat(end.isSupport(i)).as("row %d outside the tube", i).isTrue();
            }
        }
        assertThat(inside).isPositive();
    }

    @Test
    void anSmoStepAllocatesNothing() {
        Engine<SvmSnapshot> engine = factory.create(data(), factory.defaults().with("tol", 1e-9), 0);
        assertStepsAllocateNothing(engine, 120, 20);
    }
}
