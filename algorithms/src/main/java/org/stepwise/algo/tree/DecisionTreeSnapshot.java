package org.stepwise.algo.tree;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * A decision tree after some splits (and, at the end, its pruning): the tree as grown, the tree
 * that predicts (the grown one, or the pruned one after the pruning step), the split just made,
 * and once the tree is grown its cost-complexity pruning path, which a view's pruning slider
 * reads ({@link #pruning()}).
 *
 * <p>Metrics: {@code accuracy} (a classifier) or {@code r2} and {@code mse} (a regressor) of the
 * predicting tree on the rows fitted, {@code n_leaves}, {@code depth}, {@code node_count},
 * {@code feature_importances}; after a split {@code split_node}, {@code split_feature},
 * {@code threshold} and {@code impurity_decrease}; once grown {@code ccp_alphas} (the pruning
 * path's).
 */
public final class DecisionTreeSnapshot implements Snapshot, ClassProbabilities, Predictor {

    /** What the last step did. */
    public enum Event { NONE, SPLIT, ROOT_LEAF, PRUNED }

    private static final Scalars<DecisionTreeSnapshot> SCALARS = Scalars.<DecisionTreeSnapshot>builder()
            .scalarWhileDefined("accuracy", s -> s.tree.isClassifier() ? s.score : Double.NaN)
            .scalarWhileDefined("r2", s -> s.tree.isClassifier() ? Double.NaN : s.score)
            .scalarWhileDefined("mse", s -> s.tree.isClassifier() ? Double.NaN : s.mse)
            .count("n_leaves", s -> s.tree.leafCount())
            .count("depth", s -> s.tree.maxDepth())
            .count("node_count", s -> s.tree.leafCount() * 2 - 1)
            .countWhileDefined("split_node", s -> s.lastSplit < 0 ? Double.NaN : s.lastSplit)
            .countWhileDefined("split_feature", s -> s.lastSplit < 0 ? Double.NaN : s.grown.feature(s.lastSplit))
            .scalarWhileDefined("threshold", s -> s.lastSplit < 0 ? Double.NaN : s.grown.threshold(s.lastSplit))
            .scalarWhileDefined("impurity_decrease", s -> s.lastSplit < 0 ? Double.NaN : s.decrease)
            .build();

    private final int step;
    private final StepResult status;
    private final Event event;
    private final SplitCriterion criterion;
    private final DecisionTree grown;
    private final DecisionTree tree;
    private final CostComplexityPruning pruning;
    private final int lastSplit;
    private final double decrease;
    private final int competing;
    private final double ccpAlpha;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final double score;
    private final double mse;

    DecisionTreeSnapshot(int step, StepResult status, Event event, SplitCriterion criterion, DecisionTree grown,
                         DecisionTree pruned, CostComplexityPruning pruning, int lastSplit, double decrease,
                         int competing, double ccpAlpha, List<String> featureNames, List<String> classNames) {
        this.step = step;
        this.status = status;
        this.event = event;
        this.criterion = criterion;
        this.grown = grown;
        this.tree = pruned != null ? pruned : grown;
        this.pruning = pruning;
        this.lastSplit = lastSplit;
        this.decrease = decrease;
        this.competing = competing;
        this.ccpAlpha = ccpAlpha;
        this.featureNames = featureNames;
        this.classNames = classNames;
        double[] fit = TreeScores.ofLeaves(tree);
        this.score = fit[0];
        this.mse = fit[1];
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    public Event event() { return event; }

    /** The tree as grown so far (every node made, none pruned away). */
    public DecisionTree grown() { return grown; }

    /** The tree that predicts: the grown one, or after the pruning step the pruned one (same numbering). */
    public DecisionTree tree() { return tree; }

    /** The grown tree's pruning path, once no leaf can be split; null before. */
    public CostComplexityPruning pruning() { return pruning; }

    /** The node the last step split, or -1. */
    public int lastSplit() { return lastSplit; }

    /** The last split's weighted impurity decrease, or NaN. */
    public double lastDecrease() { return decrease; }

    /** How many open leaves the last split was chosen from. */
    public int competing() { return competing; }

    public double ccpAlpha() { return ccpAlpha; }

    /** The criterion's name as scikit-learn spells it ("gini"). */
    public String criterion() { return criterion.parameterName(); }

    /** What the narration and a view call the impurity ("gini", "entropy", "MSE"). */
    public String impurityName() {
        return criterion == SplitCriterion.SQUARED_ERROR ? "MSE" : criterion == SplitCriterion.GINI ? "gini" : "entropy";
    }

    public List<String> featureNames() { return featureNames; }

    public List<String> classNames() { return classNames; }

    /** Accuracy (classifier) or R² (regressor) of {@link #tree()} on the rows fitted. */
    public double score() { return score; }

    @Override
    public int classCount() { return tree.classCount(); }

    public int featureCount() { return tree.featureCount(); }

    /** Class probabilities on a plane of the two features (the decision-boundary grid); allocates nothing. */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        tree.predictProbabilities(xs, ys, count, out);
    }

    @Override
    public double predict(double[] x, int offset) { return tree.predict(x, offset); }

    /** Snapshots of one step share a tree; held-out rows score it once. */
    @Override
    public Object fittedModel() { return tree; }

    @Override
    public String narration() { return TreeNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = TreeNarration.full(this);
        return full.length() <= characters ? full : TreeNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this)
                .vector("feature_importances", tree.featureImportances());
        if (pruning != null) {
            metrics.vector("ccp_alphas", pruning.alphas());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DecisionTreeSnapshot[step %d, %s, %d leaves]", step, status,
                tree.leafCount());
    }
}
