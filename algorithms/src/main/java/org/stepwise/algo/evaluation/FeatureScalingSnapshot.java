package org.stepwise.algo.evaluation;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.Surface;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.data.Dataset;
import org.stepwise.data.FeatureScaler;

/**
 * The scaler applied last and what it did, under scikit-learn's names: {@code accuracy} (k-NN's
 * cross-validated accuracy on the scaled columns, the mean of {@code cv_scores}), {@code gd_steps}
 * (gradient descent's updates to convergence on a linear model of them), {@code condition_number}
 * (its loss bowl's κ), and the fitted scaler's attributes without the underscore ({@code mean} and
 * {@code scale}; {@code data_min}, {@code data_max}, {@code scale} and {@code min}; {@code center}
 * and {@code scale}); and, for the comparison, every scaler's accuracy and steps so far. Immutable.
 */
public final class FeatureScalingSnapshot implements Snapshot {

    private static final Scalars<FeatureScalingSnapshot> SCALARS = Scalars.<FeatureScalingSnapshot>builder()
            .scalarWhileDefined("accuracy", s -> s.applied == null ? Double.NaN : s.accuracy(s.applied.kind.ordinal()))
            .countWhileDefined("gd_steps", s -> s.applied == null ? Double.NaN : s.gdSteps(s.applied.kind.ordinal()))
            .scalarWhileDefined("condition_number",
                    s -> s.applied == null || s.applied.descent == null ? Double.NaN : s.applied.descent.condition())
            .count("scalers_applied", FeatureScalingSnapshot::step)
            .build();

    /** What one step made: the scaler, the rows it scaled, the fits on them. */
    record Applied(ScalerKind kind, FeatureScaler scaler, Dataset scaled, KnnClassifier model, double[] cvScores,
                   ScaledDescent descent) {
    }

    private final int step;
    private final StepResult status;
    private final Applied applied;
    private final Dataset data;
    private final ScalerKind last;
    private final int k;
    private final double[] accuracies;
    private final double[] gdSteps;

    FeatureScalingSnapshot(int step, StepResult status, Applied applied, ScalerKind last, int k, double[] accuracies,
                           double[] gdSteps) {
        this.step = step;
        this.status = status;
        this.applied = applied;
        this.data = applied.scaled;
        this.last = last;
        this.k = k;
        this.accuracies = accuracies.clone();
        this.gdSteps = gdSteps.clone();
    }

    private FeatureScalingSnapshot(Dataset data, ScalerKind last, int k) {
        this.step = 0;
        this.status = StepResult.CONTINUE;
        this.applied = null;
        this.data = data;
        this.last = last;
        this.k = k;
        this.accuracies = new double[ScalerKind.values().length];
        this.gdSteps = new double[ScalerKind.values().length];
        Arrays.fill(accuracies, Double.NaN);
        Arrays.fill(gdSteps, Double.NaN);
    }

    /** Before the first step: the columns as given, nothing fitted. */
    static FeatureScalingSnapshot start(Dataset data, ScalerKind last, int k) {
        return new FeatureScalingSnapshot(data, last, k);
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return FeatureScalingNarration.of(this); }

    @Override
    public String narration(int characters) { return FeatureScalingNarration.of(this, characters); }

    /** Whether a scaler has been applied (false before the first step). */
    public boolean applied() { return applied != null; }

    /** The {@code scaler} word of the scaler applied last ("none" before the first step, the columns as given). */
    public String scaler() { return applied == null ? "none" : applied.kind.parameter(); }

    /** The scaler applied last in a sentence ("min-max scaling"). */
    public String scalerTitle() { return applied == null ? "the columns as given" : applied.kind.title(); }

    /** The scalers' words, in the order the run applies them. */
    public static java.util.List<String> scalerNames() { return ScalerKind.NAMES; }

    /** Every row (held-out ones too) in the columns as the scaler applied last leaves them: raw before the first step. */
    public Dataset scaledData() { return data; }

    /** k-NN fitted on the scaled training rows; null before the first step. */
    public KnnClassifier model() { return applied == null ? null : applied.model; }

    public int nNeighbors() { return k; }

    /** The scaler the run ends with. */
    public String lastScaler() { return last.parameter(); }

    /** Scaler i's cross-validated k-NN accuracy (i in the order of {@link #scalerNames}); NaN until applied. */
    public double accuracy(int i) { return accuracies[i]; }

    /** Scaler i's gradient-descent updates to convergence; NaN until applied or when its bowl has no single bottom. */
    public double gdSteps(int i) { return gdSteps[i]; }

    /** The folds' accuracies of the scaler applied last (a copy; empty before the first step). */
    public double[] cvScores() { return applied == null ? new double[0] : applied.cvScores.clone(); }

    /** The loss bowl of the linear model on the scaled columns; null before the first step or without a single bottom. */
    public Surface bowl() { return descent() == null ? null : applied.descent.bowl(); }

    /** The least-squares weights at the bowl's bottom (a copy); null without a bowl. */
    public double[] bowlMinimum() { return descent() == null ? null : applied.descent.bowl().minimum(); }

    /** Points of the descent's path kept for drawing (0 without a bowl). */
    public int pathLength() { return descent() == null ? 0 : applied.descent.pathLength(); }

    public double pathX(int i) { return applied.descent.pathX(i); }

    public double pathY(int i) { return applied.descent.pathY(i); }

    /** ∇J at the descent's end along w₁ (axis 0) or w₂ (axis 1). */
    public double endGradient(int axis) { return applied.descent.gradient(axis); }

    /** Whether gradient descent converged within {@link ScaledDescent#MOST_STEPS} updates. */
    public boolean descentConverged() { return descent() != null && applied.descent.converged(); }

    /** The step size α = 1/λ_max the descent used; NaN without a bowl. */
    public double learningRate() { return descent() == null ? Double.NaN : applied.descent.learningRate(); }

    /** The updates beyond which gradient descent is reported as not converged. */
    public static int mostDescentSteps() { return ScaledDescent.MOST_STEPS; }

    private ScaledDescent descent() { return applied == null ? null : applied.descent; }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (applied != null) {
            metrics.vector("cv_scores", applied.cvScores.clone());
            ScalerKind.addAttributes(metrics, applied.scaler);
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
