package org.stepwise.algo.ensemble;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;

/**
 * An AdaBoost run after some rounds: the staged ensemble ({@link #ensemble()}, which predicts),
 * and what the last round did: the learner it fitted (kept, or dropped as no better than chance),
 * the weights it was fitted with, the rows it missed, its weighted error ε and weight α, and the
 * weights the next round will see.
 *
 * <p>Metrics: {@code accuracy} and {@code training_error} of the ensemble on the rows fitted,
 * {@code estimator_error} and {@code estimator_weight} (ε and α of the last round),
 * {@code n_estimators} (rounds kept), and the vectors {@code estimator_weights} and
 * {@code estimator_errors} of the rounds kept (scikit-learn's {@code estimator_weights_} and
 * {@code estimator_errors_} without the 0 and 1 it pads them with to {@code n_estimators}).
 */
public final class AdaBoostSnapshot implements Snapshot, ClassProbabilities, Predictor {

    /** What the last step did. */
    public enum Event {
        NONE,
        /** A learner was fitted and kept, the weights moved. */
        ROUND,
        /** The learner fitted every row (ε = 0): kept with weight 1, the run ends. */
        PERFECT,
        /** The learner's ε ≥ 1 − 1/K: dropped, the run ends. */
        NO_BETTER_THAN_CHANCE
    }

    /**
     * The last round: its step, how it ended, what it did, its learner (null before the first),
     * ε, α (NaN for a dropped learner), the rows it missed (how many and which), the weights it was
     * fitted with and those after it (each summing to 1).
     */
    record Round(int step, StepResult status, Event event, DecisionTree learner, double error, double alpha,
                 int missedCount, double[] fittedWeights, double[] nextWeights, boolean[] missed) {
    }

    private static final Scalars<AdaBoostSnapshot> SCALARS = Scalars.<AdaBoostSnapshot>builder()
            .scalarWhileDefined("accuracy", s -> s.accuracy)
            .scalarWhileDefined("training_error", s -> 1.0 - s.accuracy)
            .scalarWhileDefined("estimator_error", s -> s.round.error())
            .scalarWhileDefined("estimator_weight", s -> s.round.alpha())
            .count("n_estimators", s -> s.ensemble.size())
            .build();

    private final Round round;
    private final AdaBoostEnsemble ensemble;
    private final double[] errors;
    private final double accuracy;
    private final double learningRate;
    private final int nEstimators;
    private final int classes;
    private final List<String> featureNames;
    private final List<String> classNames;

    AdaBoostSnapshot(Round round, AdaBoostEnsemble ensemble, double[] errors, double accuracy, double learningRate,
                     int nEstimators, int classes, List<String> featureNames, List<String> classNames) {
        this.round = round;
        this.ensemble = ensemble;
        this.errors = errors;
        this.accuracy = accuracy;
        this.learningRate = learningRate;
        this.nEstimators = nEstimators;
        this.classes = classes;
        this.featureNames = featureNames;
        this.classNames = classNames;
    }

    @Override
    public int step() { return round.step(); }

    @Override
    public StepResult status() { return round.status(); }

    public Event event() { return round.event(); }

    /** The rounds kept so far, the model that predicts. */
    public AdaBoostEnsemble ensemble() { return ensemble; }

    /** The learner the last round fitted (kept, or dropped as no better than chance); null before the first. */
    public DecisionTree learner() { return round.learner(); }

    /** Whether the last round's learner joined the ensemble. */
    public boolean learnerKept() { return round.event() == Event.ROUND || round.event() == Event.PERFECT; }

    /** ε: the last learner's weighted error; NaN before the first round. */
    public double error() { return round.error(); }

    /** α: the last learner's weight; NaN before the first round and for a learner dropped. */
    public double alpha() { return round.alpha(); }

    /** Training rows the last learner misclassified. */
    public int missedCount() { return round.missedCount(); }

    /** Whether the last learner misclassified row i. */
    public boolean missed(int row) { return round.missed()[row]; }

    /** Row i's weight when the last learner was fitted (1/n before the first round). */
    public double fittedWeight(int row) { return round.fittedWeights()[row]; }

    /** Row i's weight for the next round (normalized; unchanged after the last). */
    public double nextWeight(int row) { return round.nextWeights()[row]; }

    /** Training rows. */
    public int rows() { return round.fittedWeights().length; }

    /** The ensemble's accuracy on the rows fitted; NaN before the first round. */
    public double accuracy() { return accuracy; }

    public double learningRate() { return learningRate; }

    public int nEstimators() { return nEstimators; }

    /** K: the classes present in the data. */
    public int presentClasses() { return classes; }

    /** The m-th round's ε (from 0), m below {@link AdaBoostEnsemble#size()}. */
    public double roundError(int m) { return errors[m]; }

    public List<String> featureNames() { return featureNames; }

    public List<String> classNames() { return classNames; }

    @Override
    public int classCount() { return ensemble.classCount(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        ensemble.predictProbabilities(xs, ys, count, out);
    }

    @Override
    public double predict(double[] x, int offset) { return ensemble.predict(x, offset); }

    /** A dropped learner leaves the ensemble as it was; held-out rows score each ensemble once. */
    @Override
    public Object fittedModel() { return ensemble; }

    @Override
    public String narration() { return AdaBoostNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = AdaBoostNarration.full(this);
        return full.length() <= characters ? full : AdaBoostNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        double[] weights = new double[ensemble.size()];
        for (int m = 0; m < weights.length; m++) {
            weights[m] = ensemble.alpha(m);
        }
        return SCALARS.addTo(Metrics.builder(), this).vector("estimator_weights", weights)
                .vector("estimator_errors", errors).build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AdaBoostSnapshot[step %d, %s, %d learners]", step(), status(),
                ensemble.size());
    }
}
