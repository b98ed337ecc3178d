package org.stepwise.algo.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

class OptimizerRaceEngineTest extends EngineContractTest<OptimizerRaceSnapshot> {

    private final OptimizerRaceFactory factory = new OptimizerRaceFactory();

    @Override
    protected EngineFactory<OptimizerRaceSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return null; }

    @Override
    protected int contractSteps() { return 200; }

    /** Defaults with only the named optimizers switched on. */
    private Params only(String... optimizers) {
        Params params = factory.defaults();
        for (String name : OptimizerRaceFactory.OPTIMIZERS) {
            params = params.with(OptimizerRaceFactory.flagName(name), java.util.List.of(optimizers).contains(name));
        }
        return params;
    }

    private Params all() {
        return only(OptimizerRaceFactory.OPTIMIZERS.toArray(String[]::new));
    }

    private static StepResult runToTheEnd(Engine<OptimizerRaceSnapshot> engine) {
        StepResult result = StepResult.CONTINUE;
        while (!result.isFinal()) {
            result = engine.step();
        }
        return result;
    }

    /**
     * The surface, from the bowl's start (−1.5, 1.5) and rates (0.1): these tests were written
     * when one start and one pair of rates served every surface, and check the engine, not the
     * surfaces' own defaults (OptimizerRaceDefaultsTest).
     */
    private static Params on(Params params, String surface) {
        return params.with("surface", surface).with("startX", -1.5).with("startY", 1.5).with("learningRate", 0.1)
                .with("adaptiveLearningRate", 0.1);
    }

    @Test
    void gradientDescentBelowTwoOverLambdaMaxDecreasesTheLossEveryStep() {
        // κ = 10, so λmax = 10 and gradient descent converges for α < 2/λmax = 0.2.
        for (double rotation : new double[] {0, 30, -70}) {
            Params params = only("gd").with("learningRate", 0.19).with("conditioning", 10.0)
                    .with("rotation", rotation).with("maxSteps", 5000);
            Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
            double previous = engine.snapshot().loss(0);
            StepResult result = StepResult.CONTINUE;
            while (!result.isFinal()) {
                result = engine.step();
                double loss = engine.snapshot().loss(0);
                assertThat(loss).as("loss at step %d", engine.snapshot().step()).isLessThan(previous);
                previous = loss;
            }
            assertThat(result).isEqualTo(StepResult.CONVERGED);
            assertThat(engine.snapshot().gradientNorm(0)).isLessThan(1e-6);
            assertThat(engine.snapshot().state(0)).isEqualTo(Track.State.CONVERGED);
            assertThat(engine.snapshot().endStep(0)).isEqualTo(engine.snapshot().step());
        }
    }

    @Test
    void gradientDescentAboveTwoOverLambdaMaxDivergesAndStopsWithAReason() {
        Params params = only("gd").with("learningRate", 0.21).with("conditioning", 10.0).with("maxSteps", 100_000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        StepResult result = runToTheEnd(engine);
        assertThat(result.status()).isEqualTo(StepResult.Status.STOPPED);
        OptimizerRaceSnapshot last = engine.snapshot();
        assertThat(result.reason()).isEqualTo("every optimizer diverged: GD at step " + last.endStep(0)
                + " (|θ| went beyond 1e6). Try a smaller learning rate.");
        assertThat(last.state(0)).isEqualTo(Track.State.DIVERGED);
        assertThat(last.status()).isEqualTo(result);
        // The path keeps every finite point and no runaway one.
        assertThat(last.pathLength(0)).isEqualTo(last.endStep(0));
        assertThat(Math.hypot(last.thetaX(0), last.thetaY(0))).isLessThanOrEqualTo(1e6).isGreaterThan(1e5);
        assertThat(Double.isFinite(last.loss(0))).isTrue();
        assertThat(last.narration()).contains("GD: diverged at step " + last.endStep(0));
    }

    @Test
    void aRaceOfSevenIsNarratedBrieflyEnoughToNameEveryRunner() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, on(all(), "rosenbrock"), 0);
        for (int i = 0; i < 30; i++) {
            engine.step();
        }
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        assertThat(RaceNarration.describe(snapshot, RaceNarration.Detail.POSITION)).hasSizeGreaterThan(RaceNarration.FITS);
        String narration = snapshot.narration();
        assertThat(narration).hasSizeLessThanOrEqualTo(RaceNarration.FITS).doesNotContain("θ");
        String[] parts = narration.split("; ");
        assertThat(parts).hasSize(7);
        for (int i = 0; i < 7; i++) {
            String expected = switch (snapshot.state(i)) {
                case DIVERGED -> snapshot.optimizerLabel(i) + ": diverged at step " + snapshot.endStep(i);
                case MOVING -> snapshot.optimizerLabel(i) + ": loss " + RaceNarration.number(snapshot.loss(i)) + " "
                        + RaceNarration.trend(snapshot.pathLoss(i, snapshot.pathLength(i) - 2), snapshot.loss(i));
                case CONVERGED -> snapshot.optimizerLabel(i) + ": converged, loss " + RaceNarration.number(snapshot.loss(i));
            };
            assertThat(parts[i]).isEqualTo(expected);
        }
    }

    @Test
    void theTersestFormListsTheLossesAndThenWhoDiverged() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, on(all(), "rosenbrock"), 0);
        for (int i = 0; i < 30; i++) {
            engine.step();
        }
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        StringBuilder losses = new StringBuilder("Loss: ");
        StringBuilder diverged = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            if (snapshot.state(i) == Track.State.DIVERGED) {
                diverged.append(diverged.length() == 0 ? "" : ", ").append(snapshot.optimizerLabel(i));
            } else {
                assertThat(snapshot.state(i)).isEqualTo(Track.State.MOVING);
                losses.append(losses.length() == 6 ? "" : ", ").append(snapshot.optimizerLabel(i)).append(' ')
                        .append(RaceNarration.number(snapshot.loss(i))).append(' ')
                        .append(RaceNarration.trend(snapshot.pathLoss(i, snapshot.pathLength(i) - 2), snapshot.loss(i)));
            }
        }
        assertThat(diverged.toString()).isEqualTo("GD, Momentum, Nesterov");
        assertThat(RaceNarration.describe(snapshot, RaceNarration.Detail.TERSE))
                .isEqualTo(losses + "; diverged: " + diverged)
                .hasSizeLessThan(RaceNarration.describe(snapshot, RaceNarration.Detail.BRIEF).length() * 2 / 3);
    }

    @Test
    void aNarrationBudgetPicksTheMostDetailedFormThatFitsIt() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, factory.defaults(), 0);
        engine.step();
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        String full = RaceNarration.describe(snapshot, RaceNarration.Detail.FULL);
        String position = RaceNarration.describe(snapshot, RaceNarration.Detail.POSITION);
        String brief = RaceNarration.describe(snapshot, RaceNarration.Detail.BRIEF);
        String terse = RaceNarration.describe(snapshot, RaceNarration.Detail.TERSE);
        assertThat(full.length()).isGreaterThan(position.length());
        assertThat(position.length()).isGreaterThan(brief.length());
        assertThat(brief.length()).isGreaterThan(terse.length());
        assertThat(snapshot.narration(full.length())).isEqualTo(full);
        assertThat(snapshot.narration(full.length() - 1)).isEqualTo(position);
        assertThat(snapshot.narration(position.length() - 1)).isEqualTo(brief);
        assertThat(snapshot.narration(brief.length() - 1)).isEqualTo(terse);
        assertThat(snapshot.narration(10)).as("none fits: the briefest").isEqualTo(terse);
        assertThat(snapshot.narration()).isEqualTo(snapshot.narration(RaceNarration.FITS));
    }

    @Test
    void theDefaultRaceOfThreeIsNarratedWithWhereEachStands() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, factory.defaults(), 0);
        engine.step();
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        assertThat(snapshot.optimizerCount()).isEqualTo(3);
        assertThat(RaceNarration.describe(snapshot, RaceNarration.Detail.FULL)).hasSizeGreaterThan(RaceNarration.FITS);
        assertThat(snapshot.narration()).hasSizeLessThanOrEqualTo(RaceNarration.FITS)
                .isEqualTo("GD: θ " + RaceNarration.point(snapshot.thetaX(0), snapshot.thetaY(0)) + ", loss "
                        + RaceNarration.number(snapshot.loss(0)) + " ↓; Momentum: θ "
                        + RaceNarration.point(snapshot.thetaX(1), snapshot.thetaY(1)) + ", loss "
                        + RaceNarration.number(snapshot.loss(1)) + " ↓; Adam: θ "
                        + RaceNarration.point(snapshot.thetaX(2), snapshot.thetaY(2)) + ", loss "
                        + RaceNarration.number(snapshot.loss(2)) + " ↓");
    }

    @Test
    void twoRunnersAreNarratedWithTheirSteps() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, only("gd", "adam"), 0);
        engine.step();
        assertThat(engine.snapshot().narration()).matches("GD: θ \\(.*\\) → \\(.*\\), loss .* → .*; Adam: θ .*");
    }

    @Test
    void theBriefTrendSaysWhichWayTheShownLossWent() {
        assertThat(RaceNarration.trend(5.28, 5.27)).isEqualTo("↓");
        assertThat(RaceNarration.trend(6.02, 6.32)).isEqualTo("↑");
        assertThat(RaceNarration.trend(0.0031201, 0.0031199)).as("the same to three digits").isEqualTo("=");
    }

    @Test
    void onTheSaddleEveryOptimizerRunsDownhillUntilTheLossFloor() {
        Params params = on(only("gd", "adam"), "saddle").with("maxSteps", 100_000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        StepResult result = runToTheEnd(engine);
        assertThat(result.reason()).startsWith("every optimizer diverged: GD at step ")
                .contains("its loss fell below −1e6").contains("; Adam at step ");
        OptimizerRaceSnapshot last = engine.snapshot();
        assertThat(last.track(0).divergence()).isEqualTo("its loss fell below −1e6");
        assertThat(last.loss(0)).isGreaterThanOrEqualTo(-1e6);
    }

    @Test
    void startedOnTheSaddlesRidgeTheOptimizersStopAtTheSaddlePoint() {
        Params params = on(only("gd"), "saddle").with("startY", 0.0).with("learningRate", 0.1);
        StepResult result = runToTheEnd(factory.create(null, params, 0));
        assertThat(result).isEqualTo(StepResult.CONVERGED);
    }

    @Test
    void oneDivergingOptimizerDoesNotStopTheOthers() {
        // On the bowl with κ = 10, α = 0.21 is beyond gradient descent's limit 0.2 but well within
        // heavy-ball momentum's 2(1 + μ)/λmax = 0.38.
        Params params = only("gd", "momentum").with("learningRate", 0.21).with("maxSteps", 100_000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        StepResult result = runToTheEnd(engine);
        OptimizerRaceSnapshot last = engine.snapshot();
        assertThat(last.state(0)).isEqualTo(Track.State.DIVERGED);
        assertThat(last.state(1)).isEqualTo(Track.State.CONVERGED);
        assertThat(last.endStep(1)).isGreaterThan(last.endStep(0));
        assertThat(last.pathLength(1)).isEqualTo(last.endStep(1) + 1);
        assertThat(result).as("one converged, none moving").isEqualTo(StepResult.CONVERGED);
    }

    @Test
    void aStoppedOptimizersTrackIsSharedByTheSnapshotsAfterIt() {
        // As above: gradient descent diverges early while momentum goes on. A snapshot is taken
        // after every step, so what a stopped optimizer's track costs adds up at full speed.
        Params params = only("gd", "momentum").with("learningRate", 0.21).with("maxSteps", 100_000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        while (engine.snapshot().state(0) == Track.State.MOVING) {
            engine.step();
        }
        OptimizerRaceSnapshot stopped = engine.snapshot();
        engine.step();
        OptimizerRaceSnapshot later = engine.snapshot();
        assertThat(later.state(1)).isEqualTo(Track.State.MOVING);
        assertThat(later.track(0)).isSameAs(stopped.track(0));
        assertThat(later.track(1)).isNotSameAs(stopped.track(1));
        assertThat(later.pathLength(1)).isEqualTo(stopped.pathLength(1) + 1);
    }

    @Test
    void startingAtTheMinimumConvergesAtStepZero() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null,
                only("adam").with("startX", 0.0).with("startY", 0.0), 0);
        assertThat(engine.snapshot().state(0)).isEqualTo(Track.State.CONVERGED);
        assertThat(engine.snapshot().status()).isEqualTo(StepResult.CONTINUE);
        assertThat(engine.step()).isEqualTo(StepResult.CONVERGED);
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        assertThat(snapshot.pathLength(0)).isEqualTo(1);
        assertThat(snapshot.endStep(0)).isZero();
        assertThat(snapshot.narration()).isEqualTo("Adam: converged at step 0 at (0.00, 0.00), loss 0");
    }

    @Test
    void theEngineFollowsTheTextbookAdamWithTheGradientAtTheCurrentPoint() {
        Params params = on(only("adam"), "rosenbrock").with("adaptiveLearningRate", 0.05);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        Rosenbrock surface = new Rosenbrock();
        double[] theta = {-1.5, 1.5};
        double[] m = new double[2];
        double[] v = new double[2];
        double[] g = new double[2];
        for (int t = 1; t <= 5; t++) {
            surface.gradient(theta[0], theta[1], g);
            for (int i = 0; i < 2; i++) {
                m[i] = 0.9 * m[i] + (1 - 0.9) * g[i];
                v[i] = 0.999 * v[i] + (1 - 0.999) * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                theta[i] = theta[i] - 0.05 * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            engine.step();
            OptimizerRaceSnapshot snapshot = engine.snapshot();
            assertThat(snapshot.pathX(0, t)).isEqualTo(theta[0]);
            assertThat(snapshot.pathY(0, t)).isEqualTo(theta[1]);
            assertThat(snapshot.pathLoss(0, t)).isEqualTo(surface.value(theta[0], theta[1]));
            surface.gradient(theta[0], theta[1], g);
            assertThat(snapshot.gradientX(0)).isEqualTo(g[0]);
            assertThat(snapshot.gradientY(0)).isEqualTo(g[1]);
        }
    }

    @Test
    void everyPathStartsAtTheStartPointAndMetricsNameEachOptimizer() {
        OptimizerRaceSnapshot first = factory.create(null, factory.defaults(), 0).snapshot();
        assertThat(first.optimizerCount()).isEqualTo(3);
        assertThat(first.tracks()).extracting(Track::name).containsExactly("gd", "momentum", "adam");
        for (int i = 0; i < first.optimizerCount(); i++) {
            assertThat(first.pathLength(i)).isEqualTo(1);
            assertThat(first.pathX(i, 0)).isEqualTo(-1.5);
            assertThat(first.pathY(i, 0)).isEqualTo(1.5);
            assertThat(first.state(i)).isEqualTo(Track.State.MOVING);
            assertThat(first.endStep(i)).isEqualTo(-1);
        }
        assertThat(first.indexOf("adam")).isEqualTo(2);
        assertThat(first.indexOf("adamw")).isEqualTo(-1);
        assertThat(first.narration()).isEmpty();
        assertThat(first.metrics().values().keySet()).containsExactly("step", "loss_gd", "loss_momentum",
                "loss_adam", "grad_norm_gd", "grad_norm_momentum", "grad_norm_adam", "theta_gd", "theta_momentum",
                "theta_adam");
        assertThat(first.metrics().scalar("loss_adam")).isEqualTo(first.surface().value(-1.5, 1.5));
        assertThat((double[]) first.metrics().values().get("theta_gd")).containsExactly(-1.5, 1.5);
    }

    @Test
    void metricsFollowTheSteps() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, all(), 0);
        for (int i = 0; i < 7; i++) {
            engine.step();
        }
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        assertThat(snapshot.metrics().scalar("step")).isEqualTo(7);
        for (int i = 0; i < snapshot.optimizerCount(); i++) {
            String name = snapshot.optimizerName(i);
            assertThat(snapshot.metrics().scalar("loss_" + name)).isEqualTo(snapshot.pathLoss(i, 7));
            assertThat(snapshot.metrics().scalar("grad_norm_" + name)).isEqualTo(snapshot.gradientNorm(i));
            assertThat((double[]) snapshot.metrics().values().get("theta_" + name))
                    .containsExactly(snapshot.pathX(i, 7), snapshot.pathY(i, 7));
        }
    }

    @Test
    void narrationTellsTheMoveAndTheLossWithRealNumbers() {
        Engine<OptimizerRaceSnapshot> engine = factory.create(null,
                on(only("gd", "adam"), "rosenbrock").with("startX", -1.2).with("startY", 1.0), 0);
        engine.step();
        OptimizerRaceSnapshot snapshot = engine.snapshot();
        // Rosenbrock(−1.2, 1) = 24.2; Adam's first step moves each coordinate by α = 0.1 downhill.
        String adam = "Adam: θ (−1.20, 1.00) → (−1.10, 1.10), loss 24.2 → "
                + RaceNarration.number(new Rosenbrock().value(snapshot.pathX(1, 1), snapshot.pathY(1, 1)));
        assertThat(snapshot.narration()).startsWith("GD: θ (−1.20, 1.00) → (").contains("), loss 24.2 → ")
                .endsWith("; " + adam);
    }

    @Test
    void numbersReadWell() {
        assertThat(RaceNarration.number(24.2345)).isEqualTo("24.2");
        assertThat(RaceNarration.number(0.0031234)).isEqualTo("0.00312");
        assertThat(RaceNarration.number(-1.5)).isEqualTo("−1.5");
        assertThat(RaceNarration.number(99.96)).isEqualTo("100");
        assertThat(RaceNarration.number(-6343.2)).isEqualTo("−6340");
        assertThat(RaceNarration.number(123456.0)).isEqualTo("1.23e+05");
        assertThat(RaceNarration.number(0)).isEqualTo("0");
        assertThat(RaceNarration.point(-0.0001, 2.345)).isEqualTo("(0.00, 2.35)");
    }

    @Test
    void stopsAtTheStepLimit() {
        Params params = on(factory.defaults(), "rosenbrock").with("learningRate", 1e-4)
                .with("maxSteps", 30);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        StepResult result = StepResult.CONTINUE;
        int steps = 0;
        while (!result.isFinal()) {
            result = engine.step();
            steps++;
        }
        assertThat(steps).isEqualTo(30);
        assertThat(result).hasToString("STOPPED: reached the step limit of 30");
        assertThat(engine.snapshot().pathLength(0)).isEqualTo(31);
        assertThat(engine.step()).isEqualTo(result);
        assertThat(engine.snapshot().step()).isEqualTo(30);
    }

    @Test
    void everyOptimizerTogetherIsDeterministicBitForBitOver200Steps() {
        Params params = on(all(), "himmelblau");
        Engine<OptimizerRaceSnapshot> first = factory.create(null, params, 1);
        Engine<OptimizerRaceSnapshot> second = factory.create(null, params, 2);
        for (int i = 0; i < 200; i++) {
            assertThat(second.step()).isEqualTo(first.step());
        }
        OptimizerRaceSnapshot a = first.snapshot();
        OptimizerRaceSnapshot b = second.snapshot();
        assertThat(b.narration()).isEqualTo(a.narration());
        assertThat(describe(b)).isEqualTo(describe(a));
        for (int i = 0; i < a.optimizerCount(); i++) {
            assertThat(b.pathLength(i)).isEqualTo(a.pathLength(i));
            for (int k = 0; k < a.pathLength(i); k++) {
                assertThat(Double.doubleToRawLongBits(b.pathX(i, k))).isEqualTo(Double.doubleToRawLongBits(a.pathX(i, k)));
                assertThat(Double.doubleToRawLongBits(b.pathY(i, k))).isEqualTo(Double.doubleToRawLongBits(a.pathY(i, k)));
                assertThat(Double.doubleToRawLongBits(b.pathLoss(i, k)))
                        .isEqualTo(Double.doubleToRawLongBits(a.pathLoss(i, k)));
            }
        }
    }

    @Test
    void earlierSnapshotsDoNotChangeWhenThePathsGrowPastAChunk() {
        // A path is held in chunks of 1,024 points (PathPoints), so 1,100 steps start a second one.
        Params params = on(all(), "rosenbrock").with("learningRate", 1e-4)
                .with("adaptiveLearningRate", 1e-4).with("maxSteps", 5000);
        Engine<OptimizerRaceSnapshot> engine = factory.create(null, params, 0);
        OptimizerRaceSnapshot early = null;
        OptimizerRaceSnapshot beforeGrowth = null;
        for (int i = 1; i <= 1100; i++) {
            assertThat(engine.step()).isEqualTo(StepResult.CONTINUE);
            if (i == 40) {
                early = engine.snapshot();
            }
            if (i == 1000) {
                beforeGrowth = engine.snapshot();
            }
        }
        String earlyText = describe(early) + early.narration();
        double[][] earlyPath = pathOf(early, 6);
        double[][] laterPath = pathOf(beforeGrowth, 6);
        for (int i = 0; i < 50; i++) {
            engine.step();
        }
        OptimizerRaceSnapshot late = engine.snapshot();
        assertThat(describe(early) + early.narration()).isEqualTo(earlyText);
        assertThat(pathOf(early, 6)).isDeepEqualTo(earlyPath);
        assertThat(pathOf(beforeGrowth, 6)).isDeepEqualTo(laterPath);
        assertThat(early.pathLength(6)).isEqualTo(41);
        assertThat(late.pathLength(6)).isEqualTo(1151);
        for (int k = 0; k < beforeGrowth.pathLength(6); k++) {
            assertThat(late.pathX(6, k)).isEqualTo(beforeGrowth.pathX(6, k));
        }
        OptimizerRaceSnapshot frozen = early;
        assertThatThrownBy(() -> frozen.pathX(6, 41)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static double[][] pathOf(OptimizerRaceSnapshot snapshot, int optimizer) {
        int length = snapshot.pathLength(optimizer);
        double[][] path = new double[3][length];
        snapshot.track(optimizer).copyPath(path[0], path[1]);
        for (int k = 0; k < length; k++) {
            path[2][k] = snapshot.pathLoss(optimizer, k);
        }
        return path;
    }

    @Test
    void stepAllocatesNothing() {
        Params params = on(all(), "rosenbrock").with("learningRate", 1e-4)
                .with("adaptiveLearningRate", 1e-4).with("maxSteps", 1000);
        assertStepsAllocateNothing(factory.create(null, params, 0), 100, 500);
    }

    @Test
    void noOptimizerChosenIsRefused() {
        Params none = only();
        assertThatThrownBy(() -> factory.create(null, none, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Choose at least one optimizer to race").hasMessageContaining("useAdam");
    }
}
