package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Agglomerative clustering, one merge per step: every point starts as its own cluster; each step
 * joins the two closest clusters under the linkage, until one cluster is left after n − 1 merges.
 * Which pair is closest is the {@link Merges}' business: the Lance–Williams updates for Ward,
 * complete and average linkage ({@link LanceWilliamsMerges}), the minimum spanning tree for single
 * linkage ({@link SingleLinkageMerges}), each as scikit-learn 1.2.1 builds its tree.
 *
 * <p>The tree equals {@code AgglomerativeClustering(compute_distances=True)}'s: merge m joins
 * {@code children[m]} into node n + m at height {@code distances[m]}, leaves numbered 0..n−1, in
 * scikit-learn's order within each pair (which decides its label numbers).
 *
 * <p>The merges live in arrays shared with every snapshot: merge m is written once, at step
 * m + 1, and a snapshot reads only the merges before its own step.
 */
final class HierarchicalEngine implements Engine<HierarchicalSnapshot> {

    /** Finds and records the next merge. */
    interface Merges {
        /** Writes merge m (its children, height and size) into the tree. */
        void merge(int m);
    }

    private final Tree tree;
    private final Merges merges;
    private int step;
    private StepResult status = StepResult.CONTINUE;
    private HierarchicalSnapshot snapshot;

    /**
     * The points and the settings of a run, with the tree its merges write.
     *
     * @param children merge m's two nodes at 2m and 2m + 1
     * @param heights merge m's linkage distance
     * @param sizes how many points merge m's cluster holds
     */
    record Tree(double[] x, int n, int d, List<String> featureNames, Linkage linkage, int nClusters,
                double distanceThreshold, int[] children, double[] heights, int[] sizes) {

        /** The Euclidean distance between points a and b. */
        double distance(int a, int b) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double diff = x[a * d + j] - x[b * d + j];
                sum += diff * diff;
            }
            return Math.sqrt(sum);
        }
    }

    HierarchicalEngine(Tree tree) {
        this.tree = tree;
        this.merges = tree.linkage() == Linkage.SINGLE ? new SingleLinkageMerges(tree) : new LanceWilliamsMerges(tree);
        snapshot = new HierarchicalSnapshot(0, status, tree, -1);
    }

    @Override
    public HierarchicalSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        int m = step;
        merges.merge(m);
        if (!Double.isFinite(tree.heights()[m])) {
            status = StepResult.stopped("the distance between two clusters is not a number; the data hold a value "
                    + "too large to measure.");
            snapshot = new HierarchicalSnapshot(step, status, tree, -1);
            return status;
        }
        step++;
        status = step == tree.n() - 1 ? StepResult.CONVERGED : StepResult.CONTINUE;
        snapshot = new HierarchicalSnapshot(step, status, tree, m);
        return status;
    }
}
