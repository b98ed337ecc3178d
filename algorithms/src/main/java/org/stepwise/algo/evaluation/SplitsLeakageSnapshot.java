package org.stepwise.algo.evaluation;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The leakage demonstration's stages and scores: {@code leaky_score} (the mean cross-validated
 * accuracy with the step fitted before the split), {@code honest_score} (inside each fold),
 * {@code test_score} (the honest pipeline on the test rows), the fold scores
 * {@code leaky_scores} and {@code honest_scores}, and {@code chosen} (the columns the leaky
 * selection kept). Immutable.
 */
public final class SplitsLeakageSnapshot implements Snapshot {

    /** The stage just done. */
    public enum Stage { START, SPLIT, LEAKY, HONEST, TEST }

    private static final Scalars<SplitsLeakageSnapshot> SCALARS = Scalars.<SplitsLeakageSnapshot>builder()
            .scalarWhileDefined("leaky_score", s -> mean(s.leaky))
            .scalarWhileDefined("honest_score", s -> mean(s.honest))
            .scalarWhileDefined("test_score", s -> s.testScore)
            .count("n_test", s -> s.test.test().length)
            .count("n_splits", s -> s.folds)
            .build();

    private final Stage stage;
    private final StepResult status;
    private final Split test;
    private final int folds;
    private final LeakagePipelines.Step step;
    private final int k;
    private final int[] chosen;
    private final double[] leaky;
    private final double[] honest;
    private final double testScore;

    private SplitsLeakageSnapshot(Stage stage, StepResult status, Split test, int folds, LeakagePipelines.Step step,
                                  int k, int[] chosen, double[] leaky, double[] honest, double testScore) {
        this.stage = stage;
        this.status = status;
        this.test = test;
        this.folds = folds;
        this.step = step;
        this.k = k;
        this.chosen = chosen;
        this.leaky = leaky;
        this.honest = honest;
        this.testScore = testScore;
    }

    static SplitsLeakageSnapshot start(Split test, int folds, LeakagePipelines.Step step, int k) {
        return new SplitsLeakageSnapshot(Stage.START, StepResult.CONTINUE, test, folds, step, k, new int[0], new double[0],
                new double[0], Double.NaN);
    }

    /** The next stage, keeping what earlier stages found; null (NaN) arguments keep the values held. */
    SplitsLeakageSnapshot next(Stage newStage, int[] newChosen, double[] newLeaky, double newTest, double[] newHonest) {
        return new SplitsLeakageSnapshot(newStage, status, test, folds, step, k, newChosen != null ? newChosen : chosen,
                newLeaky != null ? newLeaky : leaky, newHonest != null ? newHonest : honest,
                Double.isNaN(newTest) ? testScore : newTest);
    }

    SplitsLeakageSnapshot withStatus(StepResult newStatus) {
        return new SplitsLeakageSnapshot(stage, newStatus, test, folds, step, k, chosen, leaky, honest, testScore);
    }

    @Override
    public int step() { return stage.ordinal(); }

    @Override
    public StepResult status() { return status; }

    public Stage stage() { return stage; }

    /** The development rows (cross-validated) and the test rows (put aside). */
    public Split testSplit() { return test; }

    /** The preprocessing step fitted before the split and inside each fold. */
    public LeakagePipelines.Step preprocessing() { return step; }

    /** The features the selection keeps of {@code features} (every one when the step is scaling). */
    public int kept(int features) { return step == LeakagePipelines.Step.SELECT ? k : features; }

    /** The folds of the development rows' cross-validation. */
    public int nSplits() { return folds; }

    /** The columns the leaky selection kept (a copy; empty before that stage). */
    public int[] chosen() { return chosen.clone(); }

    public double[] leakyScores() { return leaky.clone(); }

    public double[] honestScores() { return honest.clone(); }

    public double testScore() { return testScore; }

    @Override
    public String narration() {
        String what = step == LeakagePipelines.Step.SELECT ? "feature selection" : "scaling";
        return switch (stage) {
            case START -> "A test set will be drawn, then k-NN cross-validated after " + what + " fitted two ways.";
            case SPLIT -> String.format(java.util.Locale.ROOT, "%d rows put aside as the test set; %d development rows"
                    + " for %d-fold cross-validation.", test.test().length, test.train().length, folds);
            case LEAKY -> String.format(java.util.Locale.ROOT, "The %s fitted on every row before the split: mean"
                    + " cross-validated accuracy %.3f (leaky_score).", what, mean(leaky));
            case HONEST -> String.format(java.util.Locale.ROOT, "The %s fitted inside each fold on its training rows:"
                    + " %.3f (honest_score), against %.3f with the leak.", what, mean(honest), mean(leaky));
            case TEST -> String.format(java.util.Locale.ROOT, "The pipeline fitted on the development rows scores %.3f"
                    + " on the test rows (test_score); the leaky estimate was %.3f.", testScore, mean(leaky));
        };
    }

    private static double mean(double[] scores) {
        return scores.length == 0 ? Double.NaN : Arrays.stream(scores).sum() / scores.length;
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this).vector("leaky_scores", leaky.clone())
                .vector("honest_scores", honest.clone()).vector("chosen", Arrays.stream(chosen).asDoubleStream().toArray())
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
