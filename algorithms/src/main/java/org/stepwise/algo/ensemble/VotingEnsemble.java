package org.stepwise.algo.ensemble;

import java.util.List;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;

/**
 * The combination of fitted members, as scikit-learn 1.2.1 combines them
 * ({@code sklearn/ensemble/_voting.py}, {@code _stacking.py}):
 * <ul>
 * <li>hard: each member's {@code predict} is a vote and the most voted class wins, a tie to the
 *     lowest ({@code argmax(bincount(...))}); the "probabilities" drawn are the vote shares, whose
 *     argmax is that prediction (scikit-learn has no {@code predict_proba} for hard voting);</li>
 * <li>soft: the mean of the members' {@code predict_proba}, its argmax the prediction;</li>
 * <li>stacking: the members' {@code predict_proba} side by side (for two classes only the second
 *     column, {@code _concatenate_predictions}) are the inputs of a logistic meta-learner, whose
 *     {@code predict_proba} is the ensemble's.</li>
 * </ul>
 * Immutable; {@link #predictProbabilities(double[], int, double[])} allocates its scratch per call.
 */
public final class VotingEnsemble implements ClassProbabilities {

    /** How the members' outputs are combined. */
    public enum Voting { HARD, SOFT, STACKING }

    private final Voting voting;
    private final List<FittedMember> members;
    private final int classes;
    /** The stacking meta-learner; null for voting. */
    private final LogisticRegressionSnapshot meta;

    VotingEnsemble(Voting voting, List<FittedMember> members, int classes, LogisticRegressionSnapshot meta) {
        this.voting = voting;
        this.members = List.copyOf(members);
        this.classes = classes;
        this.meta = meta;
    }

    public Voting voting() { return voting; }

    @Override
    public int classCount() { return classes; }

    /** How many inputs the meta-learner reads from each member: K, or 1 for two classes (the second column). */
    static int stackedColumns(int classes) { return classes == 2 ? 1 : classes; }

    /** The ensemble's class probabilities (vote shares for hard voting) of count row-major rows into out[i·K + k]. */
    public void predictProbabilities(double[] rows, int count, double[] out) {
        java.util.Arrays.fill(out, 0, count * classes, 0.0);
        double[] member = new double[count * classes];
        if (voting == Voting.STACKING) {
            int width = stackedColumns(classes);
            double[] stacked = new double[count * width * members.size()];
            for (int m = 0; m < members.size(); m++) {
                members.get(m).rows().probabilities(rows, count, member);
                stack(member, count, classes, m, members.size(), stacked);
            }
            meta.predictProbabilities(stacked, count, out);
            return;
        }
        for (FittedMember fitted : members) {
            fitted.rows().probabilities(rows, count, member);
            for (int i = 0; i < count; i++) {
                if (voting == Voting.HARD) {
                    out[i * classes + ClassProbabilities.mostProbable(member, i * classes, classes)] += 1;
                } else {
                    for (int c = 0; c < classes; c++) {
                        out[i * classes + c] += member[i * classes + c];
                    }
                }
            }
        }
        for (int i = 0; i < count * classes; i++) {
            out[i] /= members.size();
        }
    }

    /**
     * Writes member m's probabilities of count rows (out of {@code members}) into the stacked row-major
     * matrix: columns [m·w, (m+1)·w) of each row, w = {@link #stackedColumns}.
     */
    static void stack(double[] probabilities, int count, int classes, int m, int members, double[] stacked) {
        int width = stackedColumns(classes);
        int skip = classes == 2 ? 1 : 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(probabilities, i * classes + skip, stacked, (i * members + m) * width, width);
        }
    }

    /** Each row's predicted class: the most probable (most voted), a tie to the lowest. */
    public int[] predict(double[] rows, int count) {
        double[] probabilities = new double[count * classes];
        predictProbabilities(rows, count, probabilities);
        int[] predicted = new int[count];
        for (int i = 0; i < count; i++) {
            predicted[i] = ClassProbabilities.mostProbable(probabilities, i * classes, classes);
        }
        return predicted;
    }

    /** The two-feature form for the boundary grid. */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        predictProbabilities(FittedMember.rowsOf(xs, ys, count), count, out);
    }
}
