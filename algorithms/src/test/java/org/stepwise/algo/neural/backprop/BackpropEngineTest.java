package org.stepwise.algo.neural.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.Activation;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.BinaryCrossEntropy;
import org.stepwise.algo.neural.Dense;
import org.stepwise.algo.neural.Layer;
import org.stepwise.algo.neural.MeanSquaredError;
import org.stepwise.algo.neural.Penalty;
import org.stepwise.algo.neural.Sequential;

class BackpropEngineTest {

    private final BackpropFactory factory = new BackpropFactory();

    /** Steps {@code engine} until the stage {@code wanted} of the current round has been revealed. */
    private static BackpropSnapshot stepTo(BackpropEngine engine, Stage wanted) {
        for (int i = 0; i < 1000; i++) {
            engine.step();
            if (wanted.equals(engine.snapshot().stage())) {
                return engine.snapshot();
            }
        }
        throw new AssertionError("stage " + wanted + " never came");
    }

    @Test
    void mazursExampleIsTheDefaultAndGivesHisNumbers() {
        BackpropEngine engine = factory.create(factory.defaults(), 0, null);
        BackpropSnapshot start = engine.snapshot();
        assertThat(start.widths()).containsExactly(2, 2, 2);
        assertThat(start.mazurWeights()).isTrue();
        assertThat(start.forwardKnown(1, 0)).isFalse();
        assertThat(start.a(0, 1)).isEqualTo(0.10);

        BackpropSnapshot first = stepTo(engine, Stage.forward(1, 0));
        assertThat(first.step()).isEqualTo(1);
        assertThat(first.z(1, 0)).isCloseTo(0.3775, offset(1e-12));
        assertThat(first.a(1, 0)).isCloseTo(0.593269992, offset(1e-9));
        assertThat(first.forwardKnown(1, 1)).isFalse();
        assertThat(first.narration()).contains("z(h₁) = 0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.3775");

        BackpropSnapshot loss = stepTo(engine, Stage.loss());
        assertThat(loss.step()).isEqualTo(5);
        assertThat(loss.loss()).isCloseTo(0.298371109, offset(1e-9));
        assertThat(loss.scalar("loss")).isCloseTo(0.298371109, offset(1e-9));

        BackpropSnapshot delta = stepTo(engine, Stage.backward(2, 0));
        assertThat(delta.lossByA(2, 0)).isCloseTo(0.74136507, offset(1e-8));
        assertThat(delta.slope(2, 0)).isCloseTo(0.186815602, offset(1e-9));

        BackpropSnapshot w5 = stepTo(engine, Stage.gradient(2, 0, 0));
        assertThat(w5.gradient(2, 0, 0)).isCloseTo(0.082167041, offset(1e-9));
        assertThat(w5.highlighted()).containsExactly(2, 0, 0);
        assertThat(w5.chainRule(2, 0, 0)).startsWith(
                "∂L/∂w(h₁→o₁) = ∂L/∂a(o₁) · ∂a/∂z(o₁) · ∂z/∂w = 0.741365 × 0.186816 × 0.59327 = 0.082167");

        BackpropSnapshot w1 = stepTo(engine, Stage.gradient(1, 0, 0));
        assertThat(w1.gradient(1, 0, 0)).isCloseTo(0.000438568, offset(1e-9));

        BackpropSnapshot updated = stepTo(engine, Stage.update());
        assertThat(updated.step()).isEqualTo(18).isEqualTo(updated.stagesPerRound());
        assertThat(updated.weight(2, 0, 0)).as("w5").isCloseTo(0.35891648, offset(1e-8));
        assertThat(updated.weight(2, 1, 0)).as("w6").isCloseTo(0.408666186, offset(1e-9));
        assertThat(updated.weight(1, 0, 0)).as("w1").isCloseTo(0.149780716, offset(1e-9));
        assertThat(updated.chainRule(2, 0, 0)).endsWith("w(h₁→o₁) ← 0.4 − 0.5 × 0.082167 = 0.358916");
    }

    @Test
    void theLossFallsRoundByRoundUntilTheRoundsAreDone() {
        BackpropEngine engine = factory.create(factory.defaults(), 0, null);
        List<Double> losses = new ArrayList<>();
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
            if (Stage.loss().equals(engine.snapshot().stage())) {
                losses.add(engine.snapshot().loss());
            }
        }
        assertThat(result).isEqualTo(StepResult.CONVERGED);
        assertThat(losses).hasSize(10);
        for (int r = 1; r < losses.size(); r++) {
            assertThat(losses.get(r)).as("round %d", r + 1).isLessThan(losses.get(r - 1));
        }
        assertThat(engine.snapshot().step()).isEqualTo(10 * 18);
        assertThat(engine.snapshot().narration()).contains("All 10 rounds are done");
    }

    static Stream<Params> networks() {
        BackpropFactory f = new BackpropFactory();
        List<Params> list = new ArrayList<>();
        for (String activation : BackpropFactory.ACTIVATIONS) {
            list.add(f.defaults().with("activation", activation).with("hidden", "3"));
            list.add(f.defaults().with("example", "three").with("activation", activation).with("hidden", "4,4")
                    .with("output", "linear"));
            list.add(f.defaults().with("example", "two").with("activation", activation).with("hidden", "2,3")
                    .with("loss", "log"));
        }
        return list.stream();
    }

    /** After the last backward stage the gradients are the module's backward pass and central differences. */
    @ParameterizedTest
    @MethodSource("networks")
    void gradientsAreTheModulesBackwardPassAndCentralDifferences(Params params) {
        BackpropEngine engine = factory.create(params, 3, null);
        BackpropSnapshot start = engine.snapshot();
        int[] widths = start.widths();
        Sequential module = module(params, widths);
        double[] theta = parameters(start);
        System.arraycopy(theta, 0, module.parameters(), 0, theta.length);
        double[] x = new double[widths[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = start.a(0, i);
        }
        double[] y = new double[widths[widths.length - 1]];
        for (int j = 0; j < y.length; j++) {
            y[j] = start.target(j);
        }
        module.forward(x, 0, 1, true);
        double moduleLoss = module.backward(y, 0);
        BackpropSnapshot last = stepTo(engine, Stage.gradient(1, widths[0] - 1, widths[1] - 1));
        assertThat(last.loss()).isCloseTo(moduleLoss, offset(1e-15));
        double[] gradients = flatten(last, "gradients", "intercept_gradients");
        for (int p = 0; p < theta.length; p++) {
            assertThat(gradients[p]).as("parameter %d against the module", p)
                    .isCloseTo(module.gradients()[p], offset(1e-12));
            double h = 1e-6;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[p] += h;
            minus[p] -= h;
            double numeric = (lossFrom(params, plus) - lossFrom(params, minus)) / (2 * h);
            assertThat(gradients[p]).as("parameter %d against central differences", p)
                    .isCloseTo(numeric, offset(1e-7 * Math.max(1, Math.abs(numeric))));
        }
    }

    private double lossFrom(Params params, double[] theta) {
        return stepTo(factory.create(params, 0, theta), Stage.loss()).loss();
    }

    private static Sequential module(Params params, int[] widths) {
        List<Layer> layers = new ArrayList<>();
        ActivationFunction f = ActivationFunction.valueOf(params.choice("activation").toUpperCase(Locale.ROOT));
        ActivationFunction out = ActivationFunction.valueOf(params.choice("output").toUpperCase(Locale.ROOT));
        for (int l = 1; l < widths.length; l++) {
            layers.add(new Dense(widths[l - 1], widths[l]));
            layers.add(new Activation(l == widths.length - 1 ? out : f, widths[l]));
        }
        return new Sequential(layers, params.choice("loss").equals("log") ? new BinaryCrossEntropy()
                : MeanSquaredError.halved(), Penalty.none());
    }

    private static double[] parameters(BackpropSnapshot s) {
        return flatten(s, "coefs", "intercepts");
    }

    private static double[] flatten(BackpropSnapshot s, String weights, String biases) {
        double[][] w = (double[][]) s.metrics().values().get(weights);
        double[][] b = (double[][]) s.metrics().values().get(biases);
        List<Double> values = new ArrayList<>();
        for (int l = 0; l < w.length; l++) {
            for (double v : w[l]) {
                values.add(v);
            }
            for (double v : b[l]) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static Stream<SklearnFixture> sklearnCases() {
        return SklearnFixture.load(BackpropEngineTest.class, "backprop_partial_fit").parts("cases").stream();
    }

    /**
     * The update is MLPRegressor's / MLPClassifier's partial_fit on the one example (sgd, momentum 0,
     * alpha 0, batch 1) from the same weights. The lesson's squared loss is ½ Σ over the outputs
     * (Mazur's); scikit-learn reports the mean over the outputs, so its loss_ times the outputs is ours.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sklearnCases")
    void oneRoundIsPartialFitOnTheExample(SklearnFixture fixture) {
        double[] x = fixture.vector("x");
        double[] targets = fixture.vector("targets");
        Params params = factory.defaults().with("example", fixture.text("example"))
                .with("x1", x[0]).with("x2", x[1]).with("target", targets[0])
                .with("hidden", fixture.text("hidden")).with("activation", fixture.text("activation"))
                .with("output", fixture.text("output")).with("loss", fixture.text("loss"))
                .with("learningRate", fixture.number("learningRate"));
        if (x.length == 3) {
            params = params.with("x3", x[2]).with("target2", targets[1]);
        }
        BackpropEngine engine = factory.create(params, 0, fixture.vector("start"));
        BackpropSnapshot after = stepTo(engine, Stage.update());
        double[] expected = fixture.vector("after");
        double[] got = parameters(after);
        assertThat(got).hasSameSizeAs(expected);
        for (int p = 0; p < got.length; p++) {
            assertThat(got[p]).as("parameter %d", p).isCloseTo(expected[p], offset(1e-12));
        }
        double outputs = fixture.text("loss").equals("log") ? 1 : targets.length;
        assertThat(after.loss()).isCloseTo(outputs * fixture.number("sklearn_loss"), offset(1e-12));
    }

    @Test
    void impossibleSettingsAreRefusedWithASentence() {
        assertThatThrownBy(() -> factory.create(factory.defaults().with("loss", "log").with("output", "linear"), 0, null))
                .hasMessageContaining("Binary cross-entropy needs probabilities");
        assertThatThrownBy(() -> factory.create(factory.defaults().with("example", "two").with("target", 1.5)
                .with("loss", "log"), 0, null)).hasMessageContaining("target between 0 and 1");
        assertThatThrownBy(() -> factory.defaults().with("hidden", "0")).hasMessageContaining("'hidden'");
        assertThatThrownBy(() -> factory.defaults().with("hidden", "3,4,4")).hasMessageContaining("'hidden'");
        assertThatThrownBy(() -> factory.defaults().with("x1", Double.NaN)).hasMessageContaining("'x1'");
    }

    @Test
    void aDivergingRateStopsWithASentence() {
        Params params = factory.defaults().with("example", "two").with("activation", "relu").with("output", "linear")
                .with("x1", 10.0).with("x2", 10.0).with("target", 10.0).with("learningRate", 10.0).with("maxIter", 1000);
        BackpropEngine engine = factory.create(params, 1, null);
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(result.reason()).contains("diverged");
    }
}
