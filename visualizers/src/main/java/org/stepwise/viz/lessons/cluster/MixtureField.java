package org.stepwise.viz.lessons.cluster;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.cluster.GmmSnapshot;

/**
 * A Gaussian mixture's responsibilities over the plane as a field for
 * {@link org.stepwise.viz.view.DecisionBoundaryView#setModel}: at each place, the probability
 * that each component made a point there, πc N(p | μc, Σc) / Σⱼ πⱼ N(p | μⱼ, Σⱼ), so the raster
 * blends the components' colours where they overlap, paled toward chance by
 * {@link KMeansView#CELL_TINT} as k-means' cells are, so a point in its component's colour stays
 * visible on its own region. Exact for a mixture on two features (the plane is its whole space). Immutable: the means, inverse covariances and log-normalizers are
 * copied from the snapshot.
 */
final class MixtureField implements ClassProbabilities {

    private final int k;
    private final double[] mx;
    private final double[] my;
    /** Σ⁻¹ entries per component: a, b (off-diagonal), c. */
    private final double[] ia;
    private final double[] ib;
    private final double[] ic;
    /** log πc − ½ log|Σc|, the part of the log-density that does not depend on the place. */
    private final double[] offset;
    private final double[] work;

    MixtureField(GmmSnapshot s) {
        k = s.componentCount();
        mx = new double[k];
        my = new double[k];
        ia = new double[k];
        ib = new double[k];
        ic = new double[k];
        offset = new double[k];
        work = new double[k];
        for (int c = 0; c < k; c++) {
            mx[c] = s.mean(c, 0);
            my[c] = s.mean(c, 1);
            double sxx = s.covariance(c, 0, 0);
            double sxy = s.covariance(c, 0, 1);
            double syy = s.covariance(c, 1, 1);
            double det = sxx * syy - sxy * sxy;
            ia[c] = syy / det;
            ib[c] = -sxy / det;
            ic[c] = sxx / det;
            offset[c] = Math.log(s.weight(c)) - 0.5 * Math.log(det);
        }
    }

    @Override
    public int classCount() { return k; }

    /** Called by one painting thread at a time (the raster's), so the scratch row is safe to share. */
    @Override
    public synchronized void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        for (int i = 0; i < count; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double dx = xs[i] - mx[c];
                double dy = ys[i] - my[c];
                work[c] = offset[c] - 0.5 * (ia[c] * dx * dx + 2 * ib[c] * dx * dy + ic[c] * dy * dy);
                max = Math.max(max, work[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                work[c] = Math.exp(work[c] - max);
                sum += work[c];
            }
            double chance = 1.0 / k;
            for (int c = 0; c < k; c++) {
                out[i * k + c] = chance + KMeansView.CELL_TINT * (work[c] / sum - chance);
            }
        }
    }
}
