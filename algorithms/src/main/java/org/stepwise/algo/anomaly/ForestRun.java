package org.stepwise.algo.anomaly;

import java.util.Arrays;

/**
 * The isolation forest one tree a step ({@link IsolationForest}): each step grows the next tree
 * on its own sub-sample, adds every point's path length in it to the running sums and takes the
 * threshold from the scores so far. The sums are kept per tree count (a row per step, allocated
 * here), so every snapshot reads its own row.
 */
final class ForestRun implements MethodRun {

    private final OutlierData data;
    private final int psi;
    private final double contamination;
    private final long[] seeds;
    private final IsolationTree[] trees;
    private final double[][] pathSums;
    private final int[] order;
    private final double[] sorted;

    /** contamination: NaN for "auto". */
    ForestRun(OutlierData data, int treeCount, int psi, double contamination, long seed) {
        this.data = data;
        this.psi = psi;
        this.contamination = contamination;
        this.seeds = IsolationForest.treeSeeds(seed, treeCount);
        this.trees = new IsolationTree[treeCount];
        this.pathSums = new double[treeCount][data.n()];
        this.order = new int[data.n()];
        this.sorted = new double[data.n()];
    }

    @Override
    public int steps() { return trees.length; }

    @Override
    public OutlierStage initial() {
        return new ForestStage(data, trees, 0, pathSums, psi, offset(0));
    }

    @Override
    public OutlierStage advance(int s) {
        int t = s - 1;
        IsolationTree tree = IsolationForest.growTree(data.x(), data.n(), data.d(), psi, seeds[t], order);
        trees[t] = tree;
        double[] sums = pathSums[t];
        for (int i = 0; i < data.n(); i++) {
            sums[i] = (t > 0 ? pathSums[t - 1][i] : 0) + tree.pathLength(data.x(), i * data.d());
        }
        return new ForestStage(data, trees, s, pathSums, psi, offset(s));
    }

    /** scikit-learn's offset_: −0.5 for "auto", else the percentile of the scores. */
    private double offset(int count) {
        if (Double.isNaN(contamination) || count == 0) {
            return -0.5;
        }
        for (int i = 0; i < data.n(); i++) {
            sorted[i] = -IsolationForest.score(pathSums[count - 1][i], count, psi);
        }
        Arrays.sort(sorted);
        return Percentile.ofSorted(sorted, 100.0 * contamination);
    }
}
