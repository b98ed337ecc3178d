package org.stepwise.algo.tree;

/**
 * The best split of one node, as scikit-learn 1.2.1's {@code BestSplitter.node_split}
 * ({@code sklearn/tree/_splitter.pyx}) finds it: for each feature that is not constant in the
 * node (its largest value more than {@code FEATURE_THRESHOLD} = 1e-7 above its smallest), the
 * rows in increasing order of it, a candidate between each two neighbours more than 1e-7 apart,
 * each side holding at least {@code min_samples_leaf} rows, ranked by the criterion's
 * {@code proxy_impurity_improvement} (classification: {@code −n_R·i_R − n_L·i_L}; squared
 * error: {@code S_L²/n_L + S_R²/n_R}); a candidate wins only by a strictly larger proxy, so
 * among equals the lower feature and then the lower position win (scikit-learn visits the
 * features in a random order, which is why tied splits are kept out of the fixtures). The
 * threshold is the midpoint {@code a/2 + b/2} of the two float32 values, or {@code a} when that
 * rounds to {@code b}. The winner's child impurities and its weighted impurity decrease
 * ({@code impurity_improvement}: {@code N_t/N · (i − N_R/N_t·i_R − N_L/N_t·i_L)}) are then
 * computed as scikit-learn does.
 *
 * <p>Buffers are allocated once; {@link #find} allocates nothing.
 */
final class NodeSplitter {

    /** scikit-learn's {@code FEATURE_THRESHOLD}: values closer than this are not split apart. */
    static final double FEATURE_THRESHOLD = 1e-7;

    private final TreeData data;
    private final SplitCriterion criterion;
    private final int classes;
    private final int minSamplesLeaf;
    private final double[] left;
    private final double[] right;

    // The best split found by the last call of find.
    int feature;
    int pos;
    double threshold;
    double impurityLeft;
    double impurityRight;
    double improvement;

    NodeSplitter(TreeData data, SplitCriterion criterion, int classes, int minSamplesLeaf) {
        this.data = data;
        this.criterion = criterion;
        this.classes = classes;
        this.minSamplesLeaf = minSamplesLeaf;
        this.left = new double[Math.max(classes, 1)];
        this.right = new double[Math.max(classes, 1)];
    }

    /**
     * Searches the node of rows {@code [start, end)} whose class counts are
     * {@code counts[at .. at + classes)} (classification) or whose targets sum to {@code sum}
     * with squares {@code squares} (regression), and impurity {@code impurity}.
     *
     * @return whether any split was allowed; when so, the fields hold the best
     */
    boolean find(int start, int end, double[] counts, int at, double sum, double squares, double impurity,
                 int rowsInTree) {
        double bestProxy = Double.NEGATIVE_INFINITY;
        feature = -1;
        for (int f = 0; f < data.d; f++) {
            if (data.sortedValue(f, end - 1) <= data.sortedValue(f, start) + FEATURE_THRESHOLD) {
                continue;
            }
            java.util.Arrays.fill(left, 0.0);
            double sumLeft = 0.0;
            int moved = start;
            int p = start;
            while (p < end) {
                while (p + 1 < end && data.sortedValue(f, p + 1) <= data.sortedValue(f, p) + FEATURE_THRESHOLD) {
                    p++;
                }
                p++;
                if (p >= end || p - start < minSamplesLeaf || end - p < minSamplesLeaf) {
                    continue;
                }
                for (; moved < p; moved++) {
                    double y = data.y[data.sortedRow(f, moved)];
                    if (classes > 0) {
                        left[(int) y] += 1.0;
                    } else {
                        sumLeft += y;
                    }
                }
                double nLeft = p - start;
                double nRight = end - p;
                double proxy;
                if (classes > 0) {
                    for (int c = 0; c < classes; c++) {
                        right[c] = counts[at + c] - left[c];
                    }
                    proxy = -nRight * criterion.classImpurity(right, 0, classes, nRight)
                            - nLeft * criterion.classImpurity(left, 0, classes, nLeft);
                } else {
                    double sumRight = sum - sumLeft;
                    proxy = sumLeft * sumLeft / nLeft + sumRight * sumRight / nRight;
                }
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    feature = f;
                    pos = p;
                    double a = data.sortedValue(f, p - 1);
                    double b = data.sortedValue(f, p);
                    threshold = a / 2.0 + b / 2.0;
                    if (threshold == b || Double.isInfinite(threshold)) {
                        threshold = a;
                    }
                }
            }
        }
        if (feature < 0) {
            return false;
        }
        childImpurities(start, end, counts, at, sum, squares);
        double n = end - start;
        double nLeft = pos - start;
        double nRight = end - pos;
        improvement = (n / rowsInTree) * (impurity - nRight / n * impurityRight - nLeft / n * impurityLeft);
        return true;
    }

    /** {@code children_impurity} of the best split, its rows counted afresh as scikit-learn does after its reset. */
    private void childImpurities(int start, int end, double[] counts, int at, double sum, double squares) {
        java.util.Arrays.fill(left, 0.0);
        double sumLeft = 0.0;
        double squaresLeft = 0.0;
        for (int p = start; p < pos; p++) {
            double y = data.y[data.sortedRow(feature, p)];
            if (classes > 0) {
                left[(int) y] += 1.0;
            } else {
                sumLeft += y;
                squaresLeft += y * y;
            }
        }
        double nLeft = pos - start;
        double nRight = end - pos;
        if (classes > 0) {
            for (int c = 0; c < classes; c++) {
                right[c] = counts[at + c] - left[c];
            }
            impurityLeft = criterion.classImpurity(left, 0, classes, nLeft);
            impurityRight = criterion.classImpurity(right, 0, classes, nRight);
        } else {
            impurityLeft = SplitCriterion.squaredError(sumLeft, squaresLeft, nLeft);
            impurityRight = SplitCriterion.squaredError(sum - sumLeft, squares - squaresLeft, nRight);
        }
    }
}
