package org.stepwise.algo.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;

/**
 * A voting ensemble after some steps: the members fitted so far with their training accuracies,
 * and once combined, the ensemble (and for stacking, the meta-learner's weights). Immutable: the
 * fitted members and the ensemble are never changed after a step makes them.
 */
public final class VotingSnapshot implements Snapshot, Predictor {

    private final int step;
    private final StepResult status;
    private final VotingEnsemble.Voting voting;
    private final List<VotingMember> kinds;
    private final List<FittedMember> fitted;
    private final double[] memberAccuracies;
    private final VotingEnsemble ensemble;
    private final LogisticRegressionSnapshot meta;
    private final double accuracy;
    private final List<String> classNames;
    private final int features;
    private final int folds;

    VotingSnapshot(int step, StepResult status, VotingEnsemble.Voting voting, List<VotingMember> kinds,
                   List<FittedMember> fitted, double[] memberAccuracies, VotingEnsemble ensemble,
                   LogisticRegressionSnapshot meta, double accuracy, List<String> classNames,
                   int features, int folds) {
        this.step = step;
        this.status = status;
        this.voting = voting;
        this.kinds = kinds;
        this.fitted = fitted;
        this.memberAccuracies = memberAccuracies;
        this.ensemble = ensemble;
        this.meta = meta;
        this.accuracy = accuracy;
        this.classNames = List.copyOf(classNames);
        this.features = features;
        this.folds = folds;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    public VotingEnsemble.Voting voting() { return voting; }

    /** Stacking's stratified folds (scikit-learn's {@code cv}). */
    public int folds() { return folds; }

    /** The chosen members, in the order they are fitted. */
    public List<VotingMember> kinds() { return kinds; }

    /** How many members are fitted. */
    public int fittedCount() { return fitted.size(); }

    /** Member i, fitted (i below {@link #fittedCount()}). */
    public FittedMember member(int i) { return fitted.get(i); }

    /** Member i's training accuracy; NaN until it is fitted. */
    public double memberAccuracy(int i) { return memberAccuracies[i]; }

    /** Whether the last step fitted a member (rather than combining them or nothing). */
    public boolean justFittedMember() { return step > 0 && step <= kinds.size() && ensemble == null; }

    /** The combined ensemble; null until the last step combines the members. */
    public VotingEnsemble ensemble() { return ensemble; }

    /** The training accuracy of the combined ensemble; NaN until it is combined. */
    public double accuracy() { return accuracy; }

    public List<String> classNames() { return classNames; }

    /** The stacking meta-learner's coefficients (scikit-learn's {@code final_estimator_.coef_}); null otherwise. */
    public double[][] metaCoef() { return meta == null ? null : meta.coef(); }

    /** The meta-learner's intercepts; null unless stacked. */
    public double[] metaIntercept() { return meta == null ? null : meta.intercept(); }

    /** The meta-learner's input names: "k-NN P(1)" per member and class (only the second class for two). */
    public List<String> metaInputs() { return stackedNames(kinds, classNames); }

    static List<String> stackedNames(List<VotingMember> kinds, List<String> classNames) {
        List<String> names = new ArrayList<>();
        for (VotingMember kind : kinds) {
            for (int c = classNames.size() == 2 ? 1 : 0; c < classNames.size(); c++) {
                names.add(kind.shortName() + " P(" + classNames.get(c) + ")");
            }
        }
        return names;
    }

    @Override
    public double predict(double[] x, int offset) {
        if (ensemble == null) {
            return Double.NaN;
        }
        return ensemble.predict(Arrays.copyOfRange(x, offset, offset + features), 1)[0];
    }

    @Override
    public Object fittedModel() { return ensemble == null ? this : ensemble; }

    @Override
    public String narration() { return VotingNarration.of(this); }

    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : VotingNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = Metrics.builder().count("n_estimators", kinds.size());
        if (!Double.isNaN(accuracy)) {
            metrics.scalar("accuracy", accuracy);
        }
        for (int i = 0; i < fitted.size(); i++) {
            metrics.scalar(kinds.get(i).metricName(), memberAccuracies[i]);
        }
        if (meta != null) {
            metrics.matrix("coef", meta.coef()).vector("intercept", meta.intercept());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) {
        if (name.equals("accuracy")) {
            return accuracy;
        }
        if (name.equals("n_estimators")) {
            return kinds.size();
        }
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).metricName().equals(name)) {
                return memberAccuracies[i];
            }
        }
        return Double.NaN;
    }
}
