package org.stepwise.algo.neural.regularization;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Both networks after some epochs. Metrics of the regularized network: {@code loss} (scikit-learn's
 * {@code loss_}: the epoch's mean training loss, in training mode, so with dropout's masks),
 * {@code val_loss} (the cross-entropy of the validation rows in evaluation mode, of the weights it
 * has — after early stopping the best epoch's), {@code val_accuracy}, {@code accuracy} (on all the rows given, training
 * and validation, as scikit-learn's {@code score(X, y)}), {@code weight_norm} (‖W‖₂ of
 * the dense weights) and {@code best_epoch} (the epoch of its best validation accuracy, scikit-learn's
 * bookkeeping for {@code best_validation_score_}, which early stopping keeps the weights of); the
 * same of the plain network prefixed {@code baseline_}; {@code n_iter} the epochs; and each curve as
 * a vector ({@code loss_curve}, {@code validation_scores} as scikit-learn names them, and
 * {@code val_loss_curve}, with the baseline's).
 *
 * <p>As a classifier (the boundary, held-out rows) the snapshot is the regularized network.
 */
public final class DeepRegularizationSnapshot implements Snapshot, ClassProbabilities, Predictor {

    private static final Scalars<DeepRegularizationSnapshot> SCALARS = Scalars.<DeepRegularizationSnapshot>builder()
            .scalarWhileDefined("loss", s -> s.regularized.loss())
            .scalarWhileDefined("val_loss", s -> s.regularized.finalValLoss())
            .scalarWhileDefined("baseline_loss", s -> s.baseline.loss())
            .scalarWhileDefined("baseline_val_loss", s -> s.baseline.finalValLoss())
            .countWhileDefined("best_epoch", s -> s.regularized.bestEpoch() == 0 ? Double.NaN
                    : s.regularized.bestEpoch())
            .scalarWhileDefined("accuracy", s -> s.regularized.finalAccuracy())
            .scalarWhileDefined("val_accuracy", s -> s.regularized.finalValScore())
            .scalarWhileDefined("baseline_val_accuracy", s -> s.baseline.finalValScore())
            .scalar("weight_norm", s -> s.regularized.model().weightNorm())
            .scalar("baseline_weight_norm", s -> s.baseline.model().weightNorm())
            .count("n_iter", DeepRegularizationSnapshot::step)
            .build();

    private final RegularizationRun run;
    private final int epoch;
    private final StepResult status;
    private final NetState regularized;
    private final NetState baseline;

    DeepRegularizationSnapshot(RegularizationRun run, int epoch, StepResult status, NetState regularized,
                               NetState baseline) {
        this.run = run;
        this.epoch = epoch;
        this.status = status;
        this.regularized = regularized;
        this.baseline = baseline;
    }

    @Override
    public int step() { return epoch; }

    @Override
    public StepResult status() { return status; }

    public Technique technique() { return run.technique(); }

    /** The regularizer's setting in words ("p = 0.5"). */
    public String strength() { return run.strength(); }

    public List<String> classNames() { return run.classNames(); }

    public int maxIter() { return run.maxIter(); }

    public int trainRows() { return run.trainRows(); }

    public int validationRows() { return run.validationRows(); }

    /** Which rows of the data given are the validation rows (a copy). */
    public boolean[] validationMask() { return run.validationMask().clone(); }

    /** The regularized network's boundary model. */
    public ClassProbabilities regularizedModel() { return regularized.model(); }

    /** The plain network's boundary model. */
    public ClassProbabilities baselineModel() { return baseline.model(); }

    /** Training loss of each epoch so far, of the regularized ({@code true}) or the plain network. */
    public double[] trainLoss(boolean ofRegularized) { return net(ofRegularized).trainLoss().clone(); }

    /** Validation loss of each epoch so far. */
    public double[] valLoss(boolean ofRegularized) { return net(ofRegularized).valLoss().clone(); }

    /** Validation accuracy of each epoch so far. */
    public double[] valAccuracy(boolean ofRegularized) { return net(ofRegularized).valScore().clone(); }

    /** The regularized network's latest training loss; NaN before the first epoch. */
    public double loss() { return regularized.loss(); }

    public double valLoss() { return regularized.finalValLoss(); }

    public double baselineLoss() { return baseline.loss(); }

    public double baselineValLoss() { return baseline.finalValLoss(); }

    public double valAccuracy() { return regularized.finalValScore(); }

    public double baselineValAccuracy() { return baseline.finalValScore(); }

    /** The epoch (1-based) of the regularized network's best validation accuracy; 0 before the first. */
    public int bestEpoch() { return regularized.bestEpoch(); }

    /** The epoch early stopping ended the regularized network's training at; 0 while it trains. */
    public int stoppedAt() { return regularized.stoppedAt(); }

    public double weightNorm() { return regularized.model().weightNorm(); }

    public double baselineWeightNorm() { return baseline.model().weightNorm(); }

    private NetState net(boolean ofRegularized) { return ofRegularized ? regularized : baseline; }

    @Override
    public int classCount() { return run.classNames().size(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        regularized.model().predictProbabilities(xs, ys, count, out);
    }

    @Override
    public double predict(double[] x, int offset) {
        double[] p = new double[classCount()];
        predictProbabilities(new double[] {x[offset]}, new double[] {x[offset + 1]}, 1, p);
        return ClassProbabilities.mostProbable(p, 0, p.length);
    }

    @Override
    public Object fittedModel() { return regularized.model(); }

    @Override
    public String narration() { return DeepRegularizationNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : DeepRegularizationNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this)
                .vector("loss_curve", regularized.trainLoss())
                .vector("val_loss_curve", regularized.valLoss())
                .vector("validation_scores", regularized.valScore())
                .vector("baseline_loss_curve", baseline.trainLoss())
                .vector("baseline_val_loss_curve", baseline.valLoss())
                .vector("baseline_validation_scores", baseline.valScore())
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DeepRegularizationSnapshot[%s, epoch %d, %s]", run.technique().word(),
                epoch, status);
    }
}
