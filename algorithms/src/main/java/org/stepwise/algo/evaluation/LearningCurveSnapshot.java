package org.stepwise.algo.evaluation;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The ticks of a learning or validation curve and the fold scores of those done, under
 * scikit-learn's names: {@code train_sizes} (learning_curve's absolute sizes) or
 * {@code param_range} (validation_curve's k values), every tick planned; {@code train_scores} and
 * {@code test_scores} (one row a tick done, one column a fold); the last tick's
 * {@code mean_train_score} and {@code mean_test_score}; {@code ticks_done}. Immutable.
 */
public final class LearningCurveSnapshot implements Snapshot {

    private static final Scalars<LearningCurveSnapshot> SCALARS = Scalars.<LearningCurveSnapshot>builder()
            .scalarWhileDefined("mean_train_score", s -> s.done == 0 ? Double.NaN : s.meanTrain(s.done - 1))
            .scalarWhileDefined("mean_test_score", s -> s.done == 0 ? Double.NaN : s.meanTest(s.done - 1))
            .count("ticks_done", s -> s.done)
            .build();

    private final int done;
    private final StepResult status;
    private final boolean learning;
    private final int[] ticks;
    private final int k;
    private final int folds;
    private final double[][] trainScores;
    private final double[][] testScores;

    LearningCurveSnapshot(int done, StepResult status, boolean learning, int[] ticks, int k, int folds,
                          double[][] trainScores, double[][] testScores) {
        this.done = done;
        this.status = status;
        this.learning = learning;
        this.ticks = ticks;
        this.k = k;
        this.folds = folds;
        this.trainScores = copy(trainScores, done);
        this.testScores = copy(testScores, done);
    }

    private static double[][] copy(double[][] rows, int count) {
        double[][] out = new double[count][];
        for (int i = 0; i < count; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    @Override
    public int step() { return done; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return LearningCurveNarration.of(this); }

    /** Whether the ticks are training sizes (else k values). */
    public boolean isLearningCurve() { return learning; }

    /** How many ticks the curve has. */
    public int tickCount() { return ticks.length; }

    /** Tick t's training size or k. */
    public int tick(int t) { return ticks[t]; }

    /** The k of a learning curve. */
    public int neighbours() { return k; }

    public int folds() { return folds; }

    /** How many ticks have been cross-validated. */
    public int done() { return done; }

    public double trainScore(int tick, int fold) { return trainScores[tick][fold]; }

    public double testScore(int tick, int fold) { return testScores[tick][fold]; }

    public double meanTrain(int tick) { return mean(trainScores[tick]); }

    public double meanTest(int tick) { return mean(testScores[tick]); }

    /** NumPy's std (ddof 0) of tick t's training scores over the folds, as a learning-curve band. */
    public double stdTrain(int tick) { return std(trainScores[tick]); }

    public double stdTest(int tick) { return std(testScores[tick]); }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    @Override
    public Metrics metrics() {
        double[] range = Arrays.stream(ticks).asDoubleStream().toArray();
        return SCALARS.addTo(Metrics.builder(), this).vector(learning ? "train_sizes" : "param_range", range)
                .matrix("train_scores", copy(trainScores, done)).matrix("test_scores", copy(testScores, done)).build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
