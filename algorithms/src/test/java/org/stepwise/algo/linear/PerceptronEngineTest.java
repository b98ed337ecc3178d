package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class PerceptronEngineTest extends EngineContractTest<PerceptronSnapshot> {

    /** The same updates in the same order as scikit-learn: equal but for the last bits. */
    private static final double TOLERANCE = 1e-12;

    private final PerceptronFactory factory = new PerceptronFactory();

    @Override
    protected EngineFactory<PerceptronSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return fixture("blobs_eta1").dataset(); }

    private static SklearnFixture fixture(String name) {
        return SklearnFixture.load(PerceptronEngineTest.class, "perceptron_" + name);
    }

    private static PerceptronSnapshot runToEnd(Engine<PerceptronSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private Params paramsOf(SklearnFixture fixture, int maxIter) {
        return factory.defaults().with("eta0", fixture.number("eta0")).with("maxIter", maxIter)
                .with("fitIntercept", fixture.text("fit_intercept_text").equals("True"));
    }

    /**
     * Every fit of every fixture: Perceptron(shuffle=False, tol=None, eta0, max_iter). Where the
     * data are separable and max_iter goes past the last epoch with a mistake, the engine
     * converges one epoch after it (the epoch without a mistake); otherwise it runs max_iter
     * epochs and stops, as scikit-learn does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"blobs_eta1", "blobs_eta0.1", "blobs_no_intercept", "xor", "moons", "iris",
            "iris_sepals"})
    void agreesWithScikitLearn(String name) {
        SklearnFixture fixture = fixture(name);
        Dataset data = fixture.dataset();
        for (int maxIter : fixture.integers("max_iters")) {
            SklearnFixture fit = fixture.part("fits").part("max_iter_" + maxIter);
            PerceptronSnapshot end = runToEnd(factory.create(data, paramsOf(fixture, maxIter), 0));
            String what = name + " at max_iter " + maxIter;
            if (fixture.has("stable_from") && maxIter > fixture.number("stable_from")) {
                assertThat(end.status()).as(what).isEqualTo(StepResult.CONVERGED);
                assertThat(end.epochs()).as(what).isEqualTo((int) fixture.number("stable_from") + 1);
                assertThat(end.lastEpochMistakes()).isZero();
            } else {
                assertThat(end.status().status()).as(what).isEqualTo(StepResult.Status.STOPPED);
                assertThat(end.status().reason()).contains(paramsOf(fixture, maxIter)
                        .flag("fitIntercept") ? "no line has separated the classes"
                        : "no line through the origin has separated the classes");
                assertThat(end.epochs()).as(what).isEqualTo((int) fit.number("n_iter"));
            }
            double[][] coef = fit.matrix("coef");
            double[][] actual = end.coef();
            assertThat(actual.length).as(what).isEqualTo(coef.length);
            for (int k = 0; k < coef.length; k++) {
                for (int j = 0; j < coef[k].length; j++) {
                    assertThat(actual[k][j]).as("%s: coef[%d][%d]", what, k, j).isCloseTo(coef[k][j], within(TOLERANCE));
                }
                assertThat(end.intercept()[k]).as("%s: intercept[%d]", what, k)
                        .isCloseTo(fit.vector("intercept")[k], within(TOLERANCE));
            }
            assertThat(end.accuracy()).as(what).isEqualTo(fit.number("accuracy"));
        }
    }

    @Test
    void theFirstSampleFromZeroIsAMistakeAndMovesTheLine() {
        Engine<PerceptronSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        engine.step();
        PerceptronSnapshot first = engine.snapshot();
        assertThat(first.score(0)).isZero();
        assertThat(first.mistake()).isTrue();
        assertThat(first.previousLine(0)).containsExactly(0, 0, 0);
        Dataset data = data();
        double y = data.label(0) == 1 ? 1 : -1;
        assertThat(first.line(0)).containsExactly(y, y * data.feature(0, 0), y * data.feature(0, 1));
        assertThat(first.narration()).startsWith("Epoch 1, sample 1 of 100 (class " + data.label(0)
                + "): y(w·x + b) = 0.00 ≤ 0, a mistake: w ← w + 1·(");
    }

    /** A mistake adds η·y·x and η·y exactly; a correct sample leaves everything as it was. */
    @Test
    void onlyMistakesMoveTheLineAndByEtaYX() {
        Dataset data = fixture("moons").dataset();
        double eta = 0.25;
        Engine<PerceptronSnapshot> engine = factory.create(data, factory.defaults().with("eta0", eta), 0);
        PerceptronSnapshot before = engine.snapshot();
        int mistakes = 0;
        int correct = 0;
        for (int step = 0; step < 3 * data.size(); step++) {
            engine.step();
            PerceptronSnapshot after = engine.snapshot();
            int i = after.sample();
            assertThat(i).isEqualTo(step % data.size());
            double y = after.target(0);
            double margin = y * (before.line(0)[0] + before.line(0)[1] * data.feature(i, 0)
                    + before.line(0)[2] * data.feature(i, 1));
            assertThat(after.mistake()).as("step %d", step + 1).isEqualTo(margin <= 0);
            if (after.mistake()) {
                mistakes++;
                assertThat(after.line(0)).containsExactly(before.line(0)[0] + eta * y,
                        before.line(0)[1] + data.feature(i, 0) * (eta * y),
                        before.line(0)[2] + data.feature(i, 1) * (eta * y));
                assertThat(after.previousLine(0)).containsExactly(before.line(0));
            } else {
                correct++;
                assertThat(after.line(0)).containsExactly(before.line(0));
                assertThat(after.previousLine(0)).isNull();
                assertThat(after.narration()).contains("correct: the line stays");
            }
            before = after;
        }
        assertThat(mistakes).isPositive();
        assertThat(correct).isPositive();
        assertThat(engine.snapshot().totalMistakes()).isEqualTo(mistakes);
    }

    /** The mistakes count restarts each epoch; an epoch's last sample shows the epoch's total. */
    @Test
    void mistakesAreCountedPerEpoch() {
        Dataset data = fixture("xor").dataset();
        Engine<PerceptronSnapshot> engine = factory.create(data, factory.defaults().with("maxIter", 20), 0);
        int total = 0;
        for (int epoch = 1; epoch <= 20; epoch++) {
            int counted = 0;
            for (int i = 0; i < data.size(); i++) {
                engine.step();
                PerceptronSnapshot s = engine.snapshot();
                counted += s.mistake() ? 1 : 0;
                assertThat(s.mistakes()).isEqualTo(counted);
                assertThat(s.epochs()).isEqualTo(epoch);
                assertThat(s.positionInEpoch()).isEqualTo(i + 1);
            }
            // XOR: no line separates the classes, so every epoch makes mistakes: the line cycles.
            assertThat(counted).as("mistakes in epoch %d", epoch).isPositive();
            assertThat(engine.snapshot().lastEpochMistakes()).isEqualTo(counted);
            total += counted;
        }
        PerceptronSnapshot end = engine.snapshot();
        assertThat(end.status().status()).isEqualTo(StepResult.Status.STOPPED);
        assertThat(end.status().reason()).startsWith("epoch 20 of 20 still made");
        assertThat(end.totalMistakes()).isEqualTo(total);
        assertThat(end.metrics().scalar("n_iter")).isEqualTo(20);
    }

    /**
     * Novikoff (1962): on data separated with margin γ by a unit vector u (on x̃ = (x, 1)), the
     * perceptron (η = 1, from 0) makes at most (R/γ)² mistakes, R = max ‖x̃‖. Any separator gives
     * a bound; the converged perceptron's own is one.
     */
    @Test
    void mistakesStayWithinNovikoffsBound() {
        Dataset data = data();
        PerceptronSnapshot end = runToEnd(factory.create(data, factory.defaults(), 0));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        double[] u = end.line(0);
        double norm = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        double gamma = Double.POSITIVE_INFINITY;
        double radius = 0;
        for (int i = 0; i < data.size(); i++) {
            double y = data.label(i) == 1 ? 1 : -1;
            double x1 = data.feature(i, 0);
            double x2 = data.feature(i, 1);
            gamma = Math.min(gamma, y * (u[0] + u[1] * x1 + u[2] * x2) / norm);
            radius = Math.max(radius, Math.sqrt(1 + x1 * x1 + x2 * x2));
        }
        assertThat(gamma).isPositive();
        assertThat((double) end.totalMistakes()).isLessThanOrEqualTo(radius * radius / (gamma * gamma));
        assertThat(end.novikoffRadius()).isCloseTo(radius, within(1e-12));
        assertThat(end.novikoffMargin()).isCloseTo(gamma, within(1e-12));
        assertThat(end.narration()).contains(String.format(java.util.Locale.ROOT,
                "Novikoff: with this line's margin γ = %.3g and R = %.3g, at most (R/γ)² = %,.0f mistakes; it made %d.",
                gamma, radius, radius * radius / (gamma * gamma), end.totalMistakes()));
    }

    @Test
    void etaScalesTheWeightsButNotTheMistakes() {
        PerceptronSnapshot one = runToEnd(factory.create(data(), factory.defaults(), 0));
        PerceptronSnapshot tenth = runToEnd(factory.create(data(), factory.defaults().with("eta0", 0.1), 0));
        assertThat(tenth.totalMistakes()).isEqualTo(one.totalMistakes());
        assertThat(tenth.epochs()).isEqualTo(one.epochs());
        for (int j = 0; j < 3; j++) {
            assertThat(tenth.line(0)[j]).isCloseTo(0.1 * one.line(0)[j], within(1e-12));
        }
    }

    @Test
    void oneVsRestHasAPerceptronPerClassAndNamesThem() {
        Dataset iris = fixture("iris").dataset();
        Engine<PerceptronSnapshot> engine = factory.create(iris, factory.defaults(), 0);
        engine.step();
        PerceptronSnapshot first = engine.snapshot();
        assertThat(first.coef()).hasDimensions(3, 4);
        assertThat(first.intercept()).hasSize(3);
        // From zero every score is 0, so every perceptron is wrong about the first flower.
        assertThat(first.updated(0) && first.updated(1) && first.updated(2)).isTrue();
        assertThat(first.narration()).startsWith("Epoch 1, sample 1 of 150 (setosa): wrong, so moved: setosa");
        assertThat(first.metrics().values().keySet())
                .containsExactly("accuracy", "mistakes", "total_mistakes", "n_iter", "coef", "intercept");
    }

    @Test
    void theBoundaryViewGetsTheSignAsCertainty() {
        PerceptronSnapshot end = runToEnd(factory.create(data(), factory.defaults(), 0));
        double[] line = end.line(0);
        double[] xs = {-3, 0, 3, 1};
        double[] ys = {-2, 0, 2, -1};
        double[] out = new double[8];
        end.predictProbabilities(xs, ys, 4, out);
        for (int i = 0; i < 4; i++) {
            int expected = line[0] + line[1] * xs[i] + line[2] * ys[i] > 0 ? 1 : 0;
            assertThat(out[2 * i + expected]).isEqualTo(1.0);
            assertThat(out[2 * i + 1 - expected]).isEqualTo(0.0);
        }
    }

    /** Classes named but without points are left out, as scikit-learn's classes_ leaves them out. */
    @Test
    void twoClassesPresentOfThreeNamedGiveOneBinaryPerceptron() {
        Dataset data = Dataset.classification("gap", new double[][] {{-2, 1}, {2, -1}, {-1, 2}, {3, 0}},
                new int[] {0, 2, 0, 2}, List.of("x1", "x2"), List.of("a", "b", "c"));
        PerceptronSnapshot end = runToEnd(factory.create(data, factory.defaults(), 0));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.coef()).hasDimensions(1, 2);
        assertThat(end.classCount()).isEqualTo(3);
        assertThat(end.positiveClass(0)).isEqualTo(2);
        assertThat(end.accuracy()).isEqualTo(1.0);
        double[] out = new double[6];
        end.predictProbabilities(new double[] {-2, 2}, new double[] {1, -1}, 2, out);
        assertThat(out).containsExactly(1, 0, 0, 0, 0, 1);
    }

    @Test
    void refusesDataWithOneClass() {
        Dataset one = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {1, 1},
                List.of("x1", "x2"), List.of("a", "b"));
        assertThatThrownBy(() -> factory.create(one, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The perceptron needs points of at least two classes; the data has only class 'b'.");
        Dataset regression = Dataset.regression("r", new double[][] {{0}, {1}}, new double[] {0, 1}, List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(regression, factory.defaults(), 0))
                .hasMessageContaining("needs data with classes");
    }

    @Test
    void narrationEndsWithTheConvergence() {
        PerceptronSnapshot end = runToEnd(factory.create(data(), factory.defaults(), 0));
        assertThat(end.narration()).contains("Epoch 5 made 0 mistakes")
                .contains("will never move again. Novikoff: ").endsWith("mistakes; it made " + end.totalMistakes() + ".");
        assertThat(end.narration(60)).startsWith("Epoch 5 made no mistake: converged after " + end.totalMistakes()
                + " mistakes in all, within Novikoff's (R/γ)² = ");
        String novikoff = end.narration().substring(end.narration().indexOf(" Novikoff: "));
        assertThat(end.narration(205 + novikoff.length())).isEqualTo("Epoch 5, sample 100 of 100 (class 1): y(w·x + b) = " + PerceptronNarration.number(end.target(0) * end.score(0)) + " > 0, correct: the line stays. Epoch 5 made 0 mistakes." + " No mistake in a whole epoch: every point is on its side, so the line will never move again." + novikoff);
    }

    /** On xor the perceptron never converges: 500 of its sample steps are measured. */
    @org.junit.jupiter.api.Test
    void aSampleStepAllocatesNothing() {
        Dataset xor = fixture("xor").dataset();
        assertStepsAllocateNothing(factory.create(xor, factory.defaults().with("maxIter", 1000), 0), 100, 500);
    }
}
