package org.stepwise.algo.anomaly;

/**
 * The isolation forest after {@code count} trees: the trees (an array the run fills, read only up
 * to count), each point's path lengths summed over them, ψ, and the threshold: −0.5 for
 * contamination "auto" (scikit-learn's), else the percentile 100·contamination of the scores.
 */
public record ForestStage(OutlierData data, IsolationTree[] trees, int count, double[][] pathSums, int psi,
                          double offset) implements OutlierStage {

    @Override
    public boolean scored(int i) { return count > 0; }

    @Override
    public double score(int i) {
        return count == 0 ? Double.NaN : -IsolationForest.score(pathSums[count - 1][i], count, psi);
    }

    /** E[h(x)] of point i over the trees so far. */
    public double meanPathLength(int i) {
        return count == 0 ? Double.NaN : pathSums[count - 1][i] / count;
    }

    /** h of point i in tree t (t &lt; count). */
    public double pathLength(int i, int t) {
        return trees[t].pathLength(data.x(), i * data.d());
    }

    /** The tree the last step grew, null before the first. */
    public IsolationTree lastTree() { return count == 0 ? null : trees[count - 1]; }

    /** c(ψ), which normalises E[h]. */
    public double normaliser() { return PathLength.average(psi); }
}
