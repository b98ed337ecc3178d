package org.stepwise.algo.tree;

import java.util.random.RandomGenerator;

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
 * computed as scikit-learn does. Every count above is a sum of sample weights ({@link TreeData#w});
 * {@code friedman_mse} ranks by its own proxy ({@link SplitCriterion}).
 *
 * <p>With {@code maxFeatures} below the number of features (a random forest's trees), each node
 * draws features without replacement until it has looked at {@code maxFeatures} of them and at
 * least one was not constant, as scikit-learn's splitter does (its random stream differs, so a
 * forest matches scikit-learn's in distribution, not tree for tree). Given a generator, the
 * splitter visits the features in a random order even when it looks at all of them, as
 * scikit-learn's does, so that exactly tied splits go to a random one of the features, not always
 * the lowest (a bagged forest on correlated columns would otherwise credit only the first).
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
    private final int maxFeatures;
    private final RandomGenerator random;
    private final int[] features;
    private final double[] left;
    private final double[] right;
    private double bestProxy;

    // The best split found by the last call of find.
    int feature;
    int pos;
    double threshold;
    double impurityLeft;
    double impurityRight;
    double improvement;

    NodeSplitter(TreeData data, SplitCriterion criterion, int classes, int minSamplesLeaf) {
        this(data, criterion, classes, minSamplesLeaf, data.d, null);
    }

    /**
     * A splitter that looks at {@code maxFeatures} random features per node, in a random order;
     * with a null generator, at every feature in order (maxFeatures must then be all of them).
     */
    NodeSplitter(TreeData data, SplitCriterion criterion, int classes, int minSamplesLeaf, int maxFeatures,
                 RandomGenerator random) {
        this.data = data;
        this.criterion = criterion;
        this.classes = classes;
        this.minSamplesLeaf = minSamplesLeaf;
        this.maxFeatures = Math.min(maxFeatures, data.d);
        this.random = random;
        if (this.maxFeatures < data.d && random == null) {
            throw new IllegalArgumentException("drawing features at random needs a random generator");
        }
        this.features = new int[data.d];
        this.left = new double[Math.max(classes, 1)];
        this.right = new double[Math.max(classes, 1)];
    }

    /**
     * Searches the node of rows {@code [start, end)} of total weight {@code weight} whose class
     * weights are {@code counts[at .. at + classes)} (classification) or whose weighted targets sum
     * to {@code sum} with squares {@code squares} (regression), and impurity {@code impurity}.
     *
     * @return whether any split was allowed; when so, the fields hold the best
     */
    boolean find(int start, int end, double weight, double[] counts, int at, double sum, double squares,
                 double impurity) {
        bestProxy = Double.NEGATIVE_INFINITY;
        feature = -1;
        if (random == null) {
            for (int f = 0; f < data.d; f++) {
                if (!constant(f, start, end)) {
                    scan(f, start, end, weight, counts, at, sum);
                }
            }
        } else {
            drawFeatures(start, end, weight, counts, at, sum);
        }
        if (feature < 0) {
            return false;
        }
        childImpurities(start, end, weight, counts, at, sum, squares, impurity);
        return true;
    }

    private boolean constant(int f, int start, int end) {
        return data.sortedValue(f, end - 1) <= data.sortedValue(f, start) + FEATURE_THRESHOLD;
    }

    /** Features drawn without replacement until maxFeatures are seen and one of them is not constant. */
    private void drawFeatures(int start, int end, double weight, double[] counts, int at, double sum) {
        for (int f = 0; f < data.d; f++) {
            features[f] = f;
        }
        int remaining = data.d;
        int visited = 0;
        boolean splittable = false;
        while (remaining > 0 && (visited < maxFeatures || !splittable)) {
            int j = random.nextInt(remaining);
            int f = features[j];
            features[j] = features[--remaining];
            features[remaining] = f;
            visited++;
            if (!constant(f, start, end)) {
                splittable = true;
                scan(f, start, end, weight, counts, at, sum);
            }
        }
    }

    /** Every allowed threshold of feature f, keeping the one with the largest proxy (strictly: earlier wins ties). */
    private void scan(int f, int start, int end, double weight, double[] counts, int at, double sum) {
        java.util.Arrays.fill(left, 0.0);
        double sumLeft = 0.0;
        double weightLeft = 0.0;
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
                int row = data.sortedRow(f, moved);
                double w = data.w[row];
                weightLeft += w;
                if (classes > 0) {
                    left[(int) data.y[row]] += w;
                } else {
                    sumLeft += w * data.y[row];
                }
            }
            double weightRight = weight - weightLeft;
            double proxy;
            if (classes > 0) {
                for (int c = 0; c < classes; c++) {
                    right[c] = counts[at + c] - left[c];
                }
                proxy = -weightRight * criterion.classImpurity(right, 0, classes, weightRight)
                        - weightLeft * criterion.classImpurity(left, 0, classes, weightLeft);
            } else if (criterion == SplitCriterion.FRIEDMAN_MSE) {
                double diff = weightRight * sumLeft - weightLeft * (sum - sumLeft);
                proxy = diff * diff / (weightLeft * weightRight);
            } else {
                double sumRight = sum - sumLeft;
                proxy = sumLeft * sumLeft / weightLeft + sumRight * sumRight / weightRight;
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

    /**
     * {@code children_impurity} and {@code impurity_improvement} of the best split, its rows counted
     * afresh as scikit-learn does after its reset: {@code w_t/W · (i − w_R/w_t·i_R − w_L/w_t·i_L)},
     * or Friedman's {@code (w_R·S_L − w_L·S_R)² / (w_L·w_R·w_t)}.
     */
    private void childImpurities(int start, int end, double weight, double[] counts, int at, double sum,
                                 double squares, double impurity) {
        java.util.Arrays.fill(left, 0.0);
        double sumLeft = 0.0;
        double squaresLeft = 0.0;
        double weightLeft = 0.0;
        for (int p = start; p < pos; p++) {
            int row = data.sortedRow(feature, p);
            double w = data.w[row];
            double y = data.y[row];
            weightLeft += w;
            if (classes > 0) {
                left[(int) y] += w;
            } else {
                sumLeft += w * y;
                squaresLeft += w * y * y;
            }
        }
        double weightRight = weight - weightLeft;
        if (classes > 0) {
            for (int c = 0; c < classes; c++) {
                right[c] = counts[at + c] - left[c];
            }
            impurityLeft = criterion.classImpurity(left, 0, classes, weightLeft);
            impurityRight = criterion.classImpurity(right, 0, classes, weightRight);
        } else {
            impurityLeft = SplitCriterion.squaredError(sumLeft, squaresLeft, weightLeft);
            impurityRight = SplitCriterion.squaredError(sum - sumLeft, squares - squaresLeft, weightRight);
        }
        if (criterion == SplitCriterion.FRIEDMAN_MSE) {
            double diff = weightRight * sumLeft - weightLeft * (sum - sumLeft);
            improvement = diff * diff / (weightLeft * weightRight * weight);
        } else {
            improvement = (weight / data.totalWeight)
                    * (impurity - weightRight / weight * impurityRight - weightLeft / weight * impurityLeft);
        }
    }
}
