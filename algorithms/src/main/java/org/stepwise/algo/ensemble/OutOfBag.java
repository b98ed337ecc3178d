package org.stepwise.algo.ensemble;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.tree.DecisionTree;

/**
 * Out-of-bag votes (Breiman 2001): each row's class probabilities averaged over the trees whose
 * bootstrap sample left it out, as scikit-learn 1.2.1's {@code _compute_oob_predictions}. The
 * score is the accuracy of those votes over the rows that have one; once every row has, it is
 * scikit-learn's {@code oob_score_} (which, for rows no tree left out, votes class 0 and warns;
 * this class counts them instead, {@link #missing()}, and leaves them out).
 */
final class OutOfBag {

    private final double[] rows;
    private final double[] labels;
    private final int d;
    private final int classes;
    private final double[] sums;
    private final int[] votes;
    private final double[] scratch;

    OutOfBag(double[] rows, double[] labels, int d, int classes) {
        this.rows = rows;
        this.labels = labels;
        this.d = d;
        this.classes = classes;
        this.sums = new double[labels.length * classes];
        this.votes = new int[labels.length];
        this.scratch = new double[classes];
    }

    /** Adds a tree's votes for the rows its sample left out ({@code counts[i] == 0}). */
    void add(DecisionTree tree, int[] counts) {
        for (int i = 0; i < labels.length; i++) {
            if (counts[i] == 0) {
                tree.probabilities(rows, i * d, scratch, 0);
                for (int c = 0; c < classes; c++) {
                    sums[i * classes + c] += scratch[c];
                }
                votes[i]++;
            }
        }
    }

    /** Rows that have at least one out-of-bag vote. */
    int voted() {
        return labels.length - missing();
    }

    /** Rows every tree so far drew into its sample: no out-of-bag estimate for them yet. */
    int missing() {
        int missing = 0;
        for (int vote : votes) {
            missing += vote == 0 ? 1 : 0;
        }
        return missing;
    }

    /** The accuracy of the out-of-bag votes over the rows that have one; NaN when none has. */
    double score() {
        return score(sums, votes);
    }

    /**
     * The out-of-bag score of the same trees on {@code permuted}, the rows with one feature's
     * column shuffled: Breiman's permutation importance is the score's fall. Reads only; several
     * threads may score different permutations at once.
     */
    double scoreOn(double[] permuted, DecisionTree[] trees, int count, int[][] inBag) {
        double[] permutedSums = new double[sums.length];
        int[] permutedVotes = new int[votes.length];
        double[] probabilities = new double[classes];
        for (int t = 0; t < count; t++) {
            for (int i = 0; i < labels.length; i++) {
                if (inBag[t][i] != 0) {
                    continue;
                }
                trees[t].probabilities(permuted, i * d, probabilities, 0);
                for (int c = 0; c < classes; c++) {
                    permutedSums[i * classes + c] += probabilities[c];
                }
                permutedVotes[i]++;
            }
        }
        return score(permutedSums, permutedVotes);
    }

    private double score(double[] votedSums, int[] voteCounts) {
        int correct = 0;
        int voted = 0;
        double[] mean = new double[classes];
        for (int i = 0; i < labels.length; i++) {
            if (voteCounts[i] == 0) {
                continue;
            }
            for (int c = 0; c < classes; c++) {
                mean[c] = votedSums[i * classes + c] / voteCounts[i];
            }
            voted++;
            correct += ClassProbabilities.mostProbable(mean, 0, classes) == (int) labels[i] ? 1 : 0;
        }
        return voted == 0 ? Double.NaN : (double) correct / voted;
    }
}
