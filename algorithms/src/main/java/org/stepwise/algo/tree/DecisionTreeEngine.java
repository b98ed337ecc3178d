package org.stepwise.algo.tree;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A decision tree grown one split per step, the open leaf whose best split lowers the weighted
 * impurity most first (so the tree grows where it matters most), then pruned: scikit-learn 1.2.1's
 * {@code DecisionTreeClassifier} / {@code DecisionTreeRegressor} ({@code sklearn/tree/_classes.py},
 * {@code _tree.pyx}, {@code _splitter.pyx}, {@code _criterion.pyx}; Breiman, Friedman, Olshen &amp;
 * Stone, <i>Classification and Regression Trees</i>, 1984).
 *
 * <p>Each node's split is {@link NodeSplitter}'s; when and why a node stays a leaf is
 * {@link TreeGrower}'s, the depth-first builder's rule, so the grown tree is scikit-learn's (the
 * same thresholds, leaves and impurities; where two candidate splits tie exactly scikit-learn picks
 * by a random order of the features, this engine the lower feature). When no leaf can be split the
 * tree is grown; with {@code ccpAlpha} above 0 one more step prunes it
 * ({@link CostComplexityPruning}, {@code _prune_tree}) and the run converges.
 *
 * <p>The node arrays are allocated in the constructor: a split allocates nothing (a snapshot
 * copies the tree once per step).
 */
final class DecisionTreeEngine implements Engine<DecisionTreeSnapshot> {

    private final TreeGrower grower;
    private final SplitCriterion criterion;
    private final double ccpAlpha;
    private final List<String> featureNames;
    private final List<String> classNames;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private DecisionTreeSnapshot.Event event = DecisionTreeSnapshot.Event.NONE;
    private int lastSplit = -1;
    private double lastDecrease = Double.NaN;
    private int competing;
    private DecisionTree grown;
    private DecisionTree pruned;
    private CostComplexityPruning pruning;
    private DecisionTreeSnapshot cached;

    DecisionTreeEngine(TreeGrower grower, SplitCriterion criterion, double ccpAlpha, List<String> featureNames,
                       List<String> classNames) {
        this.grower = grower;
        this.criterion = criterion;
        this.ccpAlpha = ccpAlpha;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
    }

    @Override
    public DecisionTreeSnapshot snapshot() {
        if (cached == null || cached.step() != step) {
            if (grown == null || grown.nodeCount() != grower.nodes) {
                grown = new DecisionTree(grower);
            }
            cached = new DecisionTreeSnapshot(step, status, event, criterion, grown, pruned, pruning, lastSplit,
                    lastDecrease, competing, ccpAlpha, featureNames, classNames);
        }
        return cached;
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        int best = grower.best();
        if (best >= 0) {
            competing = openLeaves();
            lastDecrease = grower.improvement(best);
            lastSplit = grower.splitBest();
            event = DecisionTreeSnapshot.Event.SPLIT;
            if (grower.best() < 0) {
                finishGrowing();
            }
        } else if (pruning == null) {
            // The root itself could not be split.
            event = DecisionTreeSnapshot.Event.ROOT_LEAF;
            finishGrowing();
            status = StepResult.CONVERGED;
        } else {
            grown = new DecisionTree(grower);
            pruned = pruning.prune(ccpAlpha);
            event = DecisionTreeSnapshot.Event.PRUNED;
            lastSplit = -1;
            status = StepResult.CONVERGED;
        }
        return status;
    }

    /** The grown tree's pruning path; converges now unless a pruning step follows. */
    private void finishGrowing() {
        pruning = CostComplexityPruning.of(new DecisionTree(grower));
        if (!(ccpAlpha > 0 && pruning.prunings(ccpAlpha) > 0)) {
            status = StepResult.CONVERGED;
        }
    }

    private int openLeaves() {
        int open = 0;
        for (int node = 0; node < grower.nodes; node++) {
            open += grower.closed[node] == NodeStatus.OPEN ? 1 : 0;
        }
        return open;
    }
}
