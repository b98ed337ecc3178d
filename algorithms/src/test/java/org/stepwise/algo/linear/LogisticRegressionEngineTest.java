package org.stepwise.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class LogisticRegressionEngineTest extends EngineContractTest<LogisticRegressionSnapshot> {

    /**
     * The engine against scikit-learn's newton-cg optimum (its gradient norm is below 1e-10):
     * with the engine's tolerance of 1e-8 on the gradient norm, both sit within this of the optimum.
     */
    private static final double COEF_TOLERANCE = 1e-5;

    private final LogisticRegressionFactory factory = new LogisticRegressionFactory();

    @Override
    protected EngineFactory<LogisticRegressionSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return ReferenceFixture.load("iris_l2_c1").data(); }

    private static Dataset breastCancer() { return ReferenceFixture.load("breast_cancer_l2_c1").data(); }

    private static LogisticRegressionSnapshot runToEnd(Engine<LogisticRegressionSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return engine.snapshot();
    }

    private static LogisticRegressionSnapshot stepped(Engine<LogisticRegressionSnapshot> engine, int steps) {
        for (int i = 0; i < steps; i++) {
            engine.step();
        }
        return engine.snapshot();
    }

    /**
     * Fits a fixture's data to a gradient norm below 1e-8. A learning rate of 2 converges on all
     * three fixtures (Breast Cancer in about 3,000 steps, a quarter of what 0.5 needs).
     */
    private LogisticRegressionSnapshot fitToReference(ReferenceFixture fixture) {
        Params params = factory.defaults().with("C", fixture.c()).with("learningRate", 2.0)
                .with("tolerance", 1e-8).with("maxSteps", 1_000_000);
        return runToEnd(factory.create(fixture.data(), params, 0));
    }

    /**
     * Against scikit-learn's newton-cg optimum to {@link #COEF_TOLERANCE}, and against its default
     * lbfgs solver, which stops short of the optimum, within the gap the fixture records plus that.
     */
    @ParameterizedTest
    @ValueSource(strings = {"iris_l2_c1", "iris_l2_c0.1", "breast_cancer_l2_c1"})
    void agreesWithScikitLearn(String fixtureName) {
        ReferenceFixture fixture = ReferenceFixture.load(fixtureName);
        LogisticRegressionSnapshot fitted = fitToReference(fixture);
        assertThat(fitted.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(fitted.gradientNorm()).isLessThan(1e-8);
        assertClose(fitted, fixture.coef(), fixture.intercept(), COEF_TOLERANCE);
        assertThat(fitted.accuracy()).isEqualTo(fixture.accuracy());

        assertThat(fixture.lbfgsGap()).as("lbfgs's distance from the optimum").isLessThan(2e-4);
        assertClose(fitted, fixture.lbfgsCoef(), fixture.lbfgsIntercept(), fixture.lbfgsGap() + COEF_TOLERANCE);
    }

    private static void assertClose(LogisticRegressionSnapshot fitted, double[][] coef, double[] intercept,
                                    double tolerance) {
        double[][] actual = fitted.coef();
        assertThat(actual.length).isEqualTo(coef.length);
        for (int k = 0; k < coef.length; k++) {
            for (int j = 0; j < coef[k].length; j++) {
                assertThat(actual[k][j]).as("coef[%d][%d]", k, j).isCloseTo(coef[k][j], within(tolerance));
            }
            assertThat(fitted.intercept()[k]).as("intercept[%d]", k).isCloseTo(intercept[k], within(tolerance));
        }
    }

    @Test
    void shapesFollowScikitLearn() {
        LogisticRegressionSnapshot softmax = stepped(factory.create(data(), factory.defaults(), 0), 1);
        assertThat(softmax.coef()).hasDimensions(3, 4);
        assertThat(softmax.intercept()).hasSize(3);
        LogisticRegressionSnapshot binary = stepped(factory.create(breastCancer(), factory.defaults(), 0), 1);
        assertThat(binary.coef()).hasDimensions(1, 30);
        assertThat(binary.intercept()).hasSize(1);
        assertThat(binary.classCount()).isEqualTo(2);
        assertThat(binary.featureCount()).isEqualTo(30);
        assertThat(binary.metrics().values().keySet())
                .containsExactly("loss", "accuracy", "grad_norm", "n_iter", "coef", "intercept");
        assertThat(binary.metrics().scalar("n_iter")).isEqualTo(1.0);
        assertThat((double[][]) binary.metrics().values().get("coef")).hasDimensions(1, 30);
    }

    @Test
    void narrationTellsTheStepWithItsNumbers() {
        Engine<LogisticRegressionSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        LogisticRegressionSnapshot first = stepped(engine, 1);
        // At W = 0 every class has probability 1/3, so the loss starts at log 3 = 1.0986.
        assertThat(first.narration()).startsWith("step 1: loss 1.0986 → ")
                .contains(String.format(Locale.ROOT, "%.4f", first.loss()))
                .contains("accuracy ").contains("‖∇‖ = ");
        assertThat(stepped(engine, 11).narration()).startsWith("step 12: loss ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris_l2_c1", "breast_cancer_l2_c1"})
    void fullBatchLossNeverRisesWithASmallLearningRate(String fixtureName) {
        Engine<LogisticRegressionSnapshot> engine = factory.create(ReferenceFixture.load(fixtureName).data(),
                factory.defaults().with("learningRate", 0.1), 0);
        double start = engine.snapshot().loss();
        double previous = start;
        for (int i = 0; i < 300; i++) {
            engine.step();
            double loss = engine.snapshot().loss();
            assertThat(loss).as("loss after step %d", i + 1).isLessThanOrEqualTo(previous);
            previous = loss;
        }
        assertThat(previous).isLessThan(start / 2);
    }

    @Test
    void miniBatchesStillLearn() {
        LogisticRegressionSnapshot end = stepped(factory.create(data(),
                factory.defaults().with("batchSize", 16).with("learningRate", 0.1), 4), 400);
        assertThat(end.loss()).isLessThan(Math.log(3) / 3);
        assertThat(end.accuracy()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iris_l2_c1", "breast_cancer_l2_c1"})
    void probabilitiesSumToOneAndLieInTheOpenInterval(String fixtureName) {
        Dataset data = ReferenceFixture.load(fixtureName).data();
        // At rate 0.5 no logit passes 37 in 50 steps; further on, a probability rounds to exactly 1.
        LogisticRegressionSnapshot snapshot = stepped(factory.create(data, factory.defaults().with("learningRate", 0.5),
                0), 50);
        int classes = data.classCount();
        double[] out = new double[data.size() * classes];
        snapshot.predictProbabilities(data.featuresRowMajor(), data.size(), out);
        for (int i = 0; i < data.size(); i++) {
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                assertThat(out[i * classes + k]).isStrictlyBetween(0.0, 1.0);
                sum += out[i * classes + k];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-12));
        }
    }

    private static Dataset twoFeatures(int classes) {
        double[][] x = {{0, 0}, {1, 1}, {2, 0}, {3, 1}, {0, 3}, {1, 4}};
        int[] labels = classes == 2 ? new int[] {0, 0, 1, 1, 0, 1} : new int[] {0, 0, 1, 1, 2, 2};
        List<String> names = classes == 2 ? List.of("no", "yes") : List.of("a", "b", "c");
        return Dataset.classification("two features", x, labels, List.of("x1", "x2"), names);
    }

    @Test
    void binaryModelGivesTheSigmoidOfTheLogitAndTheSoftmaxOfZeroAndTheLogit() {
        LogisticRegressionSnapshot snapshot = stepped(factory.create(twoFeatures(2), factory.defaults(), 0), 20);
        double[] out = new double[2];
        snapshot.predictProbabilities(new double[] {1.5}, new double[] {0.25}, 1, out);
        double z = snapshot.intercept()[0] + snapshot.coef()[0][0] * 1.5 + snapshot.coef()[0][1] * 0.25;
        assertThat(z).isNotZero();
        assertThat(out[1]).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-15));
        double[] softmax = {0, z};
        LogisticFunctions.softmaxInPlace(softmax, 0, 2);
        assertThat(out[0]).isCloseTo(softmax[0], within(1e-15));
        assertThat(out[1]).isCloseTo(softmax[1], within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void bothPredictFormsGiveIdenticalProbabilities(int classes) {
        LogisticRegressionSnapshot snapshot = stepped(factory.create(twoFeatures(classes), factory.defaults(), 0), 30);
        double[] xs = {-1, 0.5, 2, 7};
        double[] ys = {3, 0.25, -2, 1};
        double[] rows = {-1, 3, 0.5, 0.25, 2, -2, 7, 1};
        double[] grid = new double[4 * classes];
        double[] rowMajor = new double[4 * classes];
        snapshot.predictProbabilities(xs, ys, 4, grid);
        snapshot.predictProbabilities(rows, 4, rowMajor);
        assertThat(grid).containsExactly(rowMajor);
    }

    @Test
    void twoDimensionalCallsRefuseModelsOfOtherWidths() {
        LogisticRegressionSnapshot iris = stepped(factory.create(data(), factory.defaults(), 0), 1);
        assertThatThrownBy(() -> iris.predictProbabilities(new double[1], new double[1], 1, new double[3]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("this one has 4");
        assertThatThrownBy(() -> iris.decisionBoundaryLine(0, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void binaryBoundaryLineIsWhereBothClassesAreEquallyLikely() {
        LogisticRegressionSnapshot snapshot = stepped(factory.create(twoFeatures(2), factory.defaults(), 0), 50);
        double[] line = snapshot.decisionBoundaryLine();
        assertThat(line).containsExactly(snapshot.intercept()[0], snapshot.coef()[0][0], snapshot.coef()[0][1]);
        assertThat(line[2]).isNotZero();
        double[] out = new double[2];
        for (double x1 : new double[] {-2, 0, 1.5, 4}) {
            double x2 = -(line[0] + line[1] * x1) / line[2];
            snapshot.predictProbabilities(new double[] {x1}, new double[] {x2}, 1, out);
            assertThat(out[1]).isCloseTo(0.5, within(1e-12));
            // One unit along the normal (β₁, β₂) lands on class 1's side.
            snapshot.predictProbabilities(new double[] {x1 + line[1]}, new double[] {x2 + line[2]}, 1, out);
            assertThat(out[1]).isGreaterThan(0.5);
        }
    }

    @Test
    void softmaxPairLinesAreWhereThoseTwoClassesTie() {
        LogisticRegressionSnapshot snapshot = stepped(factory.create(twoFeatures(3), factory.defaults(), 0), 50);
        assertThatThrownBy(snapshot::decisionBoundaryLine).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decisionBoundaryLine(first, second)");
        double[] out = new double[3];
        for (int[] pair : new int[][] {{0, 1}, {1, 2}, {2, 0}}) {
            double[] line = snapshot.decisionBoundaryLine(pair[0], pair[1]);
            for (double x1 : new double[] {-1, 0.5, 3}) {
                double x2 = -(line[0] + line[1] * x1) / line[2];
                snapshot.predictProbabilities(new double[] {x1}, new double[] {x2}, 1, out);
                assertThat(out[pair[0]]).isCloseTo(out[pair[1]], within(1e-12));
            }
        }
    }

    @Test
    void miniBatchesReplayExactlyFromTheSeed() {
        Params params = factory.defaults().with("batchSize", 16);
        Engine<LogisticRegressionSnapshot> first = factory.create(data(), params, 99);
        Engine<LogisticRegressionSnapshot> second = factory.create(data(), params, 99);
        Engine<LogisticRegressionSnapshot> other = factory.create(data(), params, 100);
        List<String> firstTrace = new ArrayList<>();
        List<String> secondTrace = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            firstTrace.add(first.step() + describe(first.snapshot()));
            secondTrace.add(second.step() + describe(second.snapshot()));
            other.step();
        }
        assertThat(secondTrace).isEqualTo(firstTrace);
        assertThat(describe(other.snapshot())).as("another seed shuffles differently")
                .isNotEqualTo(describe(first.snapshot()));
    }

    @Test
    void earlierMiniBatchSnapshotsStayAsTheyWere() {
        Engine<LogisticRegressionSnapshot> engine = factory.create(data(), factory.defaults().with("batchSize", 10), 2);
        LogisticRegressionSnapshot early = stepped(engine, 3);
        String before = describe(early);
        double[][] coef = early.coef();
        coef[0][0] = 1e9;
        stepped(engine, 30);
        assertThat(describe(early)).isEqualTo(before);
        assertThat(early.coef()[0][0]).isNotEqualTo(1e9);
    }

    @Test
    void hugeLearningRateOnUnscaledDataStopsWithAMessage() {
        Dataset iris = data();
        double[][] rows = new double[iris.size()][];
        for (int i = 0; i < iris.size(); i++) {
            rows[i] = iris.row(i);
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] *= 1000;
            }
        }
        Dataset scaled = Dataset.classification("big", rows, iris.labels(), iris.featureNames(), iris.classNames());
        Engine<LogisticRegressionSnapshot> engine = factory.create(scaled,
                factory.defaults().with("learningRate", 100.0), 0);
        LogisticRegressionSnapshot[] end = new LogisticRegressionSnapshot[1];
        assertThatCode(() -> end[0] = runToEnd(engine)).doesNotThrowAnyException();
        assertThat(end[0].status().status()).isEqualTo(StepResult.Status.STOPPED);
        // Every column a thousand times the intercept's: the cause named is the scale, not the rate.
        assertThat(end[0].status().reason()).matches("the loss diverged at step \\d+: the features are on very "
                + "different scales \\(column mean squares from .+ to .+, the intercept's 1\\), so a learning rate "
                + "small enough for the largest \\(below .+ here\\) barely moves the others: standardize them "
                + "\\(the data option Standardize, --standardize on the command line\\)");
        assertThat(end[0].step()).isLessThan(2000);
        assertThat(end[0].narration()).startsWith("step " + end[0].step() + ":");
        assertThat(engine.step()).isEqualTo(end[0].status());
    }

    @Test
    void defaultsReachScikitLearnsOptimumOnStandardizedIris() {
        // iris_l2_c1 is Iris's four features through StandardScaler, fitted by LogisticRegression(C=1).
        ReferenceFixture fixture = ReferenceFixture.load("iris_l2_c1");
        LogisticRegressionSnapshot end = runToEnd(factory.create(fixture.data(), factory.defaults(), 0));
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(end.step()).isLessThan(1300);
        // A gradient norm under 1e-6 with curvature at least 1/(Cn) leaves the coefficients within 1.5e-4.
        assertClose(end, fixture.coef(), fixture.intercept(), 1.5e-4);
        assertThat(end.accuracy()).isEqualTo(fixture.accuracy()).isCloseTo(0.9733, within(1e-4));
    }

    @Test
    void unscaledWineDivergesAtOnceAndTheReasonSaysStandardize() {
        Dataset wine = org.stepwise.data.BuiltInDatasets.load("wine");
        LogisticRegressionSnapshot end = runToEnd(factory.create(wine, factory.defaults(), 0));
        assertThat(end.step()).isEqualTo(1);
        assertThat(end.status().reason()).startsWith("the loss diverged at step 1: the features are on very different "
                + "scales (column mean squares from 0.146 for 'nonflavanoid_phenols' to 6.56e+05 for 'proline', the "
                + "intercept's 1), so a learning rate small enough for the largest (below 9.01e-06 here)")
                .endsWith("standardize them (the data option Standardize, --standardize on the command line)");

        // Standardized, the same defaults converge to scikit-learn 1.2.1's optimum: LogisticRegression()
        // on StandardScaler().fit_transform(load_wine().data) has objective (log loss + ||W||^2/(2n)) 0.06792323.
        LogisticRegressionSnapshot scaled = runToEnd(factory.create(org.stepwise.data.Standardizer.standardized(wine),
                factory.defaults(), 0));
        assertThat(scaled.status()).isEqualTo(StepResult.CONVERGED);
        assertThat(scaled.loss()).isCloseTo(0.06792323, within(1e-8));
        assertThat(scaled.accuracy()).isEqualTo(1.0);
    }

    @Test
    void aRateAboveTheStableStepOnScaledDataIsNamedAtTheStepLimit() {
        LogisticRegressionSnapshot end = runToEnd(factory.create(data(),
                factory.defaults().with("learningRate", 100.0).with("maxSteps", 300), 0));
        assertThat(end.status().reason()).isEqualTo("reached the step limit of 300; learning rate 100 is above 2.06, "
                + "the largest step that does not overshoot at the start on these features: lower it");
    }

    @Test
    void separableDataWithoutAPenaltySaysWhyTheRunNeverEnds() {
        Dataset separable = Dataset.classification("apart", new double[][] {{-2}, {-1}, {1}, {2}}, new int[] {0, 0, 1, 1},
                List.of("x"), List.of("left", "right"));
        LogisticRegressionSnapshot end = runToEnd(factory.create(separable,
                factory.defaults().with("penalty", "none").with("maxSteps", 200), 0));
        assertThat(end.accuracy()).isEqualTo(1.0);
        assertThat(end.status().reason()).isEqualTo("reached the step limit of 200; every point is classified right "
                + "and nothing penalises the weights, so they grow without end as the loss creeps towards 0: add the "
                + "L2 penalty");
    }

    @Test
    void stopsAtTheStepLimit() {
        LogisticRegressionSnapshot end = runToEnd(factory.create(data(), factory.defaults().with("maxSteps", 5), 0));
        assertThat(end.step()).isEqualTo(5);
        assertThat(end.status()).isEqualTo(StepResult.stopped("reached the step limit of 5"));
    }

    @Test
    void refusesDataItCannotFit() {
        Dataset oneClass = Dataset.classification("one", new double[][] {{0, 0}, {1, 1}}, new int[] {1, 1},
                List.of("a", "b"), List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Logistic regression needs points of at least two classes; the data has only class 'yes'.");
        Dataset empty = Dataset.classification("empty", new double[0][], new int[0], List.of("a", "b"),
                List.of("no", "yes"));
        assertThatThrownBy(() -> factory.create(empty, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        Dataset regression = Dataset.regression("line", new double[][] {{0}, {1}}, new double[] {0.5, 1.5},
                List.of("x"), "y");
        assertThatThrownBy(() -> factory.create(regression, factory.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs data with classes");
    }

    @Test
    void refusesABatchLargerThanTheData() {
        assertThatThrownBy(() -> factory.create(data(), factory.defaults().with("batchSize", 400), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The batch size must be at most the number of points (150); got 400.");
        assertThatCode(() -> factory.create(data(), factory.defaults().with("batchSize", 150), 0))
                .doesNotThrowAnyException();
    }

    /** The binary model on the full batch and the softmax on mini-batches: neither allocates per step. */
    @ParameterizedTest
    @CsvSource({"breast_cancer_l2_c1, 0", "iris_l2_c1, 16"})
    void stepAllocatesNothing(String fixtureName, int batchSize) {
        Engine<LogisticRegressionSnapshot> engine = factory.create(ReferenceFixture.load(fixtureName).data(),
                factory.defaults().with("batchSize", batchSize).with("learningRate", 0.01).with("tolerance", 1e-12)
                        .with("maxSteps", 1_000_000), 0);
        assertStepsAllocateNothing(engine, 100, 500);
    }
}
