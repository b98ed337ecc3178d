package org.stepwise.algo.ensemble;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.tree.DecisionTree;

/**
 * The first m rounds of a SAMME AdaBoost run, immutable: the weak learners h_1 … h_m, their
 * weights α_1 … α_m, and scikit-learn 1.2.1's {@code AdaBoostClassifier(algorithm="SAMME")}
 * {@code decision_function} and {@code predict_proba} ({@code sklearn/ensemble/_weight_boosting.py}):
 *
 * <pre>
 *   f_k(x) = Σ_m α_m·[h_m(x) = k] / Σ_m α_m                      (the class scores)
 *   K = 2:  d(x) = f_1(x) − f_0(x),  P(1 | x) = 1 / (1 + e^(−d)),  class 1 when d &gt; 0
 *   K &gt; 2:  P(k | x) = softmax_k(f_k(x) / (K − 1)),               class argmax_k f_k (lowest on a tie)
 * </pre>
 *
 * The learners' classes are indices into the classes present in the data ({@code classes_});
 * {@link #predict} and {@link #predictProbabilities} answer in the data set's own class indices.
 */
public final class AdaBoostEnsemble implements ClassProbabilities, Predictor {

    private final DecisionTree[] trees;
    /** Per learner, the class index (of those present) each node predicts. */
    private final int[][] nodeClass;
    private final double[] alphas;
    private final double norm;
    private final int classes;
    private final int[] labelOf;
    private final int labelCount;

    AdaBoostEnsemble(DecisionTree[] trees, int[][] nodeClass, double[] alphas, int[] labelOf, int labelCount) {
        this.trees = trees;
        this.nodeClass = nodeClass;
        this.alphas = alphas;
        double sum = 0.0;
        for (double alpha : alphas) {
            sum += alpha;
        }
        this.norm = sum;
        this.classes = labelOf.length;
        this.labelOf = labelOf;
        this.labelCount = labelCount;
    }

    /** The class index (of those present) each node of {@code tree} predicts. */
    static int[] nodeClasses(DecisionTree tree) {
        int[] nodeClass = new int[tree.nodeCount()];
        for (int node = 0; node < nodeClass.length; node++) {
            nodeClass[node] = tree.majority(node);
        }
        return nodeClass;
    }

    /** Rounds kept, m. */
    public int size() { return trees.length; }

    /** The m-th weak learner (from 0), fitted to the classes present, as {@link #presentLabel} numbers them. */
    public DecisionTree tree(int m) { return trees[m]; }

    /** The m-th learner's weight α_m. */
    public double alpha(int m) { return alphas[m]; }

    /** The data set's class index of the k-th class present. */
    public int presentLabel(int k) { return labelOf[k]; }

    /** The data set's classes (the columns of {@link #predictProbabilities}). */
    @Override
    public int classCount() { return labelCount; }

    /**
     * {@code predict_proba} on a plane of the two features, in the data set's class columns (0 for a
     * class with no rows); allocates nothing: the votes are summed in {@code out} itself.
     */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            int at = i * labelCount;
            java.util.Arrays.fill(out, at, at + labelCount, 0.0);
            for (int m = 0; m < trees.length; m++) {
                out[at + labelOf[nodeClass[m][trees[m].leafOf2(xs[i], ys[i])]]] += alphas[m];
            }
            toProbabilities(out, at);
        }
    }

    /** The votes Σ α_m·[h_m = k] at out[at + label] turned into scikit-learn's probabilities in place. */
    private void toProbabilities(double[] out, int at) {
        if (classes == 2) {
            int a = at + labelOf[0];
            int b = at + labelOf[1];
            double decision = -out[a] / norm + out[b] / norm;
            out[b] = 1.0 / (1.0 + Math.exp(-decision));
            out[a] = 1.0 - out[b];
            return;
        }
        double largest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            largest = Math.max(largest, out[at + labelOf[k]] / norm / (classes - 1));
        }
        double total = 0.0;
        for (int k = 0; k < classes; k++) {
            int c = at + labelOf[k];
            out[c] = Math.exp(out[c] / norm / (classes - 1) - largest);
            total += out[c];
        }
        for (int k = 0; k < classes; k++) {
            out[at + labelOf[k]] /= total;
        }
    }

    /** {@code predict}: the data set's class index of the row x[offset .. offset + d); NaN before the first round. */
    @Override
    public double predict(double[] x, int offset) {
        if (trees.length == 0) {
            return Double.NaN;
        }
        double[] votes = new double[classes];
        for (int m = 0; m < trees.length; m++) {
            votes[nodeClass[m][trees[m].leafOf(x, offset)]] += alphas[m];
        }
        return labelOf[decide(votes, 0, classes, norm)];
    }

    /**
     * The class (of those present) the votes {@code votes[at .. at + classes)} give, as scikit-learn
     * decides: two classes by the sign of −v_0/Σα + v_1/Σα (class 0 at 0), more by the first largest v_k/Σα.
     */
    static int decide(double[] votes, int at, int classes, double norm) {
        if (classes == 2) {
            return -votes[at] / norm + votes[at + 1] / norm > 0 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < classes; k++) {
            if (votes[at + k] / norm > votes[at + best] / norm) {
                best = k;
            }
        }
        return best;
    }
}
