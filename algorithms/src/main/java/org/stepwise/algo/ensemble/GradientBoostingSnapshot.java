package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * Gradient boosting after some rounds: the ensemble F_m ({@link #model()}), the negative gradients
 * the last round's trees were fitted to, every training row's raw prediction, and the training
 * loss of each round.
 *
 * <p>Metrics: {@code r2} (squared error) or {@code accuracy} (log loss) on the rows fitted;
 * {@code train_score} (one per round: the MSE, the binomial deviance — twice the log loss — or
 * the multinomial deviance, on the in-bag rows, as scikit-learn's {@code train_score_});
 * {@code init} (F₀: the mean, the log-odds, or the K log priors); {@code oob_improvement} when
 * {@code subsample} &lt; 1 leaves rows out. Scalars for the live chart: {@code training_loss} (the
 * last round's, F₀'s at round 0) and {@code n_estimators} (rounds so far).
 */
public final class GradientBoostingSnapshot implements Snapshot, ClassProbabilities, Predictor {

    private static final Scalars<GradientBoostingSnapshot> SCALARS = Scalars.<GradientBoostingSnapshot>builder()
            .scalarWhileDefined("accuracy", s -> s.model.isClassifier() ? s.score : Double.NaN)
            .scalarWhileDefined("r2", s -> s.model.isClassifier() ? Double.NaN : s.score)
            .scalar("training_loss", GradientBoostingSnapshot::trainingLoss)
            .count("n_estimators", s -> s.step)
            .build();

    private final int step;
    private final StepResult status;
    private final GradientBoostingLoss loss;
    private final GradientBoostingModel model;
    private final double[][] residuals;
    private final double[] raw;
    private final double[] x;
    private final int d;
    private final double[] y;
    private final double[] trainScore;
    private final double[] oobImprovement;
    private final double initialLoss;
    private final int inBag;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final double score;

    GradientBoostingSnapshot(int step, StepResult status, GradientBoostingLoss loss, GradientBoostingModel model,
                             double[][] residuals, double[] raw, double[] x, int d, double[] y, double[] trainScore,
                             double[] oobImprovement, double initialLoss, int inBag, List<String> featureNames,
                             List<String> classNames) {
        this.step = step;
        this.status = status;
        this.loss = loss;
        this.model = model;
        this.residuals = residuals;
        this.raw = raw;
        this.x = x;
        this.d = d;
        this.y = y;
        this.trainScore = trainScore;
        this.oobImprovement = oobImprovement;
        this.initialLoss = initialLoss;
        this.inBag = inBag;
        this.featureNames = featureNames;
        this.classNames = classNames;
        this.score = BoostingScores.training(model, raw, y);
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** The ensemble after {@link #step()} rounds. */
    public GradientBoostingModel model() { return model; }

    /** "squared_error" or "log_loss". */
    public String loss() { return loss.parameterName(); }

    /** What the loss is called on a chart: "MSE", "deviance". */
    public String lossName() { return loss.classifies() ? "deviance" : "MSE"; }

    /** Rows fitted. */
    public int rows() { return y.length; }

    /** Rows each tree is fitted to: all, or the subsample's ⌊subsample·n⌋. */
    public int inBagRows() { return inBag; }

    /** The target (or class index) of training row i. */
    public double target(int i) { return y[i]; }

    /** Feature f of training row i. */
    public double feature(int i, int f) { return x[i * d + f]; }

    /** The raw prediction F_m of training row i for output k. */
    public double raw(int i, int k) { return raw[i * model.treesPerRound() + k]; }

    /** Whether a round has been fitted, so that {@link #residual} has values. */
    public boolean hasResiduals() { return residuals != null; }

    /** The negative gradient tree k of the last round was fitted to at row i (y − F_{m−1} for squared error). */
    public double residual(int k, int i) { return residuals[k][i]; }

    /** train_score after round m (1-based, m ≤ step), or the loss of F₀ at m = 0. */
    public double trainScore(int m) { return m == 0 ? initialLoss : trainScore[m - 1]; }

    /** The training loss now (F₀'s before the first round). */
    public double trainingLoss() { return trainScore(step); }

    /** Accuracy (log loss) or R² (squared error) on the rows fitted. */
    public double score() { return score; }

    public List<String> featureNames() { return featureNames; }

    public List<String> classNames() { return classNames; }

    @Override
    public int classCount() { return model.classCount(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        model.predictProbabilities(xs, ys, count, out);
    }

    @Override
    public double predict(double[] row, int offset) { return model.predict(row, offset); }

    /** Snapshots of one round share a model; held-out rows score it once. */
    @Override
    public Object fittedModel() { return model; }

    @Override
    public String narration() { return BoostingNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = BoostingNarration.full(this);
        return full.length() <= characters ? full : BoostingNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        double[] init = new double[model.treesPerRound()];
        for (int k = 0; k < init.length; k++) {
            init[k] = model.init(k);
        }
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this)
                .vector("train_score", Arrays.copyOf(trainScore, step))
                .vector("init", init);
        if (oobImprovement != null) {
            metrics.vector("oob_improvement", Arrays.copyOf(oobImprovement, step));
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GradientBoostingSnapshot[round %d, %s, %s %.4g]", step, status,
                lossName(), trainingLoss());
    }
}
