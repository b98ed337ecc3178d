package org.stepwise.algo.tree;

import java.util.random.RandomGenerator;

/**
 * Fits a whole tree at once, for the lessons that use trees as parts: a random forest's trees,
 * AdaBoost's stumps, gradient boosting's regression trees. The tree is the one the decision-tree
 * lesson grows split by split ({@link TreeGrower}, {@link NodeSplitter}), with what ensembles add:
 * sample weights ({@code fit(X, y, sample_weight)}; rows of weight 0 are left out, as a bootstrap
 * sample's undrawn rows are), a random subset of {@code maxFeatures} features per node, and the
 * {@code friedman_mse} criterion.
 *
 * <p>A builder holds settings; each {@link #fit} makes a new tree (drawing from the generator given
 * to {@link #maxFeatures} when features are drawn).
 */
public final class TreeBuilder {

    /** The deepest {@code maxDepth}, the default: no limit on any data the app holds (sklearn's None). */
    public static final int NO_DEPTH_LIMIT = TreeParams.NO_DEPTH_LIMIT;

    private final SplitCriterion criterion;
    private final int classes;
    private int maxDepth = TreeParams.NO_DEPTH_LIMIT;
    private int minSamplesSplit = 2;
    private int minSamplesLeaf = 1;
    private double minImpurityDecrease;
    private int maxFeatures = Integer.MAX_VALUE;
    private RandomGenerator random;

    private TreeBuilder(SplitCriterion criterion, int classes) {
        this.criterion = criterion;
        this.classes = classes;
    }

    /** A classification tree of {@code classes} classes, the labels 0 .. classes − 1 given as doubles. */
    public static TreeBuilder classifier(SplitCriterion criterion, int classes) {
        if (!criterion.classifies()) {
            throw new IllegalArgumentException("The criterion " + criterion.parameterName() + " measures a real target.");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("A classification tree needs at least one class.");
        }
        return new TreeBuilder(criterion, classes);
    }

    /** A regression tree ({@code squared_error} or {@code friedman_mse}). */
    public static TreeBuilder regressor(SplitCriterion criterion) {
        if (criterion.classifies()) {
            throw new IllegalArgumentException("The criterion " + criterion.parameterName() + " measures classes.");
        }
        return new TreeBuilder(criterion, 0);
    }

    /** {@code max_depth}: the deepest a leaf may be (the root is depth 0). */
    public TreeBuilder maxDepth(int depth) {
        this.maxDepth = atLeast(depth, 1, "maxDepth");
        return this;
    }

    public TreeBuilder minSamplesSplit(int rows) {
        this.minSamplesSplit = atLeast(rows, 2, "minSamplesSplit");
        return this;
    }

    public TreeBuilder minSamplesLeaf(int rows) {
        this.minSamplesLeaf = atLeast(rows, 1, "minSamplesLeaf");
        return this;
    }

    public TreeBuilder minImpurityDecrease(double decrease) {
        if (!(decrease >= 0)) {
            throw new IllegalArgumentException("minImpurityDecrease must be 0 or more, not " + decrease + ".");
        }
        this.minImpurityDecrease = decrease;
        return this;
    }

    /**
     * {@code max_features}: each node looks at {@code features} features drawn from {@code random}
     * (at least one of them not constant), in the order drawn, so that exact ties between splits go
     * to a random feature as in scikit-learn; without this call every feature is looked at in order
     * and the tree is deterministic (ties to the lowest feature).
     */
    public TreeBuilder maxFeatures(int features, RandomGenerator random) {
        this.maxFeatures = atLeast(features, 1, "maxFeatures");
        this.random = random;
        return this;
    }

    /**
     * The tree fitted to the rows of {@code rowMajor} ({@code d} features each) with targets
     * {@code y} (class indices for a classifier) and weights {@code weights} (null: every row 1).
     */
    public DecisionTree fit(double[] rowMajor, int d, double[] y, double[] weights) {
        if (weights != null && weights.length != y.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + y.length + " rows.");
        }
        TreeData data = new TreeData(rowMajor, y, d, weights);
        if (data.n == 0) {
            throw new IllegalArgumentException("No row has a positive weight: there is nothing to fit a tree to.");
        }
        NodeSplitter splitter = new NodeSplitter(data, criterion, classes, minSamplesLeaf,
                Math.min(maxFeatures, d), random);
        TreeGrower grower = new TreeGrower(data, criterion, classes, maxDepth, minSamplesSplit, minSamplesLeaf,
                minImpurityDecrease, splitter);
        while (grower.best() >= 0) {
            grower.splitBest();
        }
        return new DecisionTree(grower);
    }

    private static int atLeast(int value, int least, String name) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", not " + value + ".");
        }
        return value;
    }
}
