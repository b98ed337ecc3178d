package org.stepwise.algo.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Params;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;

/**
 * A voting or stacking ensemble built one member per step, then combined (curriculum T1.07), as
 * scikit-learn 1.2.1's {@code VotingClassifier(voting="hard"|"soft")} and
 * {@code StackingClassifier(final_estimator=LogisticRegression(), cv=5)} build theirs: step i fits
 * member i on every row through its own engine (for stacking also its five out-of-fold fits,
 * {@link OutOfFold}); the last step combines them ({@link VotingEnsemble}): for stacking it fits the
 * logistic meta-learner (C = 1, Newton's method to a gradient norm of 1e-8, the optimum lbfgs
 * approaches) on the out-of-fold probabilities. Then the run has CONVERGED.
 *
 * <p>A step fits whole models; it allocates what those fits allocate.
 */
final class VotingEngine implements Engine<VotingSnapshot> {

    private final Dataset data;
    private final List<VotingMember> kinds;
    private final VotingEnsemble.Voting voting;
    private final long seed;
    /** Stacking's folds (scikit-learn's {@code cv}). */
    private final int folds;
    private final double[] rows;
    private final int[] labels;
    private final List<FittedMember> fitted = new ArrayList<>();
    private final double[] memberAccuracies;
    /** The out-of-fold probabilities, row-major (stacking only). */
    private final double[] stacked;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private VotingEnsemble ensemble;
    private LogisticRegressionSnapshot meta;
    private double accuracy = Double.NaN;

    VotingEngine(Dataset data, List<VotingMember> kinds, VotingEnsemble.Voting voting, int folds, long seed) {
        this.data = data;
        this.kinds = List.copyOf(kinds);
        this.voting = voting;
        this.seed = seed;
        this.folds = folds;
        this.rows = data.featuresRowMajor();
        this.labels = data.labels();
        this.memberAccuracies = new double[kinds.size()];
        Arrays.fill(memberAccuracies, Double.NaN);
        this.stacked = voting == VotingEnsemble.Voting.STACKING
                ? new double[data.size() * kinds.size() * VotingEnsemble.stackedColumns(data.classCount())] : null;
    }

    @Override
    public VotingSnapshot snapshot() {
        return new VotingSnapshot(step, status, voting, kinds, List.copyOf(fitted), memberAccuracies.clone(),
                ensemble, meta, accuracy, data.classNames(), data.featureCount(), folds);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        int m = fitted.size();
        try {
            if (m < kinds.size()) {
                fitMember(m);
            } else {
                combine();
                status = StepResult.CONVERGED;
            }
        } catch (VotingMember.MemberStopped e) {
            String who = m < kinds.size() ? kinds.get(m).shortName() : "the meta-learner";
            status = StepResult.stopped("Fitting " + who + " stopped: " + e.getMessage());
        }
        return status;
    }

    private void fitMember(int m) {
        VotingMember kind = kinds.get(m);
        FittedMember member = kind.fit(data, seed);
        memberAccuracies[m] = accuracyOf(member.predict(rows, data.size(), data.classCount()));
        if (stacked != null) {
            OutOfFold.fill(kind, data, folds, seed, m, kinds.size(), stacked);
        }
        fitted.add(member);
    }

    private void combine() {
        if (voting == VotingEnsemble.Voting.STACKING) {
            meta = fitMeta();
        }
        ensemble = new VotingEnsemble(voting, fitted, data.classCount(), meta);
        accuracy = accuracyOf(ensemble.predict(rows, data.size()));
    }

    /** scikit-learn's {@code LogisticRegression()} on the out-of-fold probabilities, to its optimum. */
    private LogisticRegressionSnapshot fitMeta() {
        int width = VotingEnsemble.stackedColumns(data.classCount());
        int columns = width * kinds.size();
        double[][] x = new double[data.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = Arrays.copyOfRange(stacked, i * columns, (i + 1) * columns);
        }
        Dataset inputs = Dataset.classification("out-of-fold probabilities", x, labels,
                VotingSnapshot.stackedNames(kinds, data.classNames()), data.classNames());
        LogisticRegressionFactory factory = new LogisticRegressionFactory();
        Params params = factory.defaults(inputs).with("solver", "newton").with("tolerance", 1e-8)
                .with("maxSteps", 1000);
        var engine = factory.create(inputs, params, seed);
        while (!engine.step().isFinal()) {
            // Newton's method converges in a few dozen steps at most; maxSteps bounds it.
        }
        LogisticRegressionSnapshot last = engine.snapshot();
        if (last.status().status() == StepResult.Status.STOPPED) {
            throw new VotingMember.MemberStopped(last.status().reason());
        }
        return last;
    }

    private double accuracyOf(int[] predicted) {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == labels[i]) {
                correct++;
            }
        }
        return (double) correct / predicted.length;
    }
}
