package org.stepwise.viz.lessons.anomaly;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.anomaly.ForestStage;
import org.stepwise.algo.anomaly.IsolationTree;
import org.stepwise.algo.anomaly.LocalOutlierFactor;
import org.stepwise.algo.anomaly.LofStage;
import org.stepwise.algo.anomaly.OutlierStage;
import org.stepwise.algo.anomaly.RuleStage;
import org.stepwise.algo.ensemble.MemberGridSums;

/**
 * The score a new point would get at each place of the plane, as two colours for the boundary
 * view: the inliers' (class colour {@link #INLIER}) and the outliers' ({@link #OUTLIER}), equal
 * where the score is the threshold, so the raster's boundary is the line where the detector's
 * decision changes and the colour deepens with the distance from it. The forest's score uses the
 * trees grown so far; LOF scores a new place as scikit-learn's novelty {@code score_samples}; the
 * rules measure the coordinates against the fences of the features applied so far.
 * Thread-safe: disjoint parts of a grid may be evaluated at once (LOF's scratch is per thread).
 */
final class ScoreField implements ClassProbabilities {

    /** The class colour of inliers (blue) and of outliers (vermillion). */
    static final int INLIER = 0;
    static final int OUTLIER = 3;

    private final OutlierStage stage;
    /** How fast the colour deepens per unit of score past the threshold. */
    private final double gain;
    private final ThreadLocal<int[]> near;
    private final ThreadLocal<double[]> far;
    private final ThreadLocal<double[]> place = ThreadLocal.withInitial(() -> new double[2]);
    /** Each painting thread's scores of a band (grown to the largest band asked). */
    private final ThreadLocal<double[]> sums = ThreadLocal.withInitial(() -> new double[0]);

    private final MemberGridSums<IsolationTree> forestSums;

    /**
     * A run's cache of its isolation forest's path lengths summed over the grid points a raster
     * asks about: each new tree walked once, however often the grid is painted.
     */
    static MemberGridSums<IsolationTree> forestSums() {
        return new MemberGridSums<>(1, (tree, xs, ys, n, sums) -> {
            for (int i = 0; i < n; i++) {
                sums[i] += tree.pathLength(xs[i], ys[i]);
            }
        });
    }

    /** forestSums: the run's cache of the forest's summed path lengths (unused by the other methods). */
    ScoreField(OutlierStage stage, MemberGridSums<IsolationTree> forestSums) {
        this.stage = stage;
        this.forestSums = forestSums;
        this.gain = gainOf(stage);
        int k = stage instanceof LofStage lof ? lof.lof().k() : 1;
        near = ThreadLocal.withInitial(() -> new int[k]);
        far = ThreadLocal.withInitial(() -> new double[k]);
    }

    /** How many score units turn the colour from half to full: scores' spread differs by method. */
    static double gainOf(OutlierStage stage) {
        if (stage instanceof ForestStage) {
            return 2.5;
        }
        if (stage instanceof LofStage) {
            return 1.2;
        }
        return ((RuleStage) stage).lastRule().isIqr() ? 1 : 0.6;
    }

    @Override
    public int classCount() { return OUTLIER + 1; }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        int classes = classCount();
        java.util.Arrays.fill(out, 0, count * classes, 0.0);
        double offset = stage.offset();
        double[] scores = sums.get();
        if (scores.length < count) {
            scores = new double[count];
            sums.set(scores);
        }
        if (stage instanceof ForestStage forest) {
            forestSums.sums(forest.trees(), forest.count(), xs, ys, count, scores);
            double norm = forest.count() * forest.normaliser();
            for (int i = 0; i < count; i++) {
                scores[i] = -Math.pow(2, -scores[i] / norm);
            }
        } else {
            for (int i = 0; i < count; i++) {
                scores[i] = scoreAt(xs[i], ys[i]);
            }
        }
        for (int i = 0; i < count; i++) {
            double p = Math.max(0, Math.min(1, 0.5 + gain * (offset - scores[i])));
            out[i * classes + INLIER] = 1 - p;
            out[i * classes + OUTLIER] = p;
        }
    }

    /** The score of a new point at (a, b) by LOF or the rules, lower is more abnormal. */
    private double scoreAt(double a, double b) {
        if (stage instanceof LofStage lof) {
            LocalOutlierFactor fitted = lof.lof();
            double[] q = place.get();
            q[0] = a;
            q[1] = b;
            return fitted.scoreNew(q, 0, near.get(), far.get());
        }
        RuleStage rules = (RuleStage) stage;
        double measure = 0;
        for (int j = 0; j < rules.applied(); j++) {
            measure = Math.max(measure, rules.rules()[j].measure(j == 0 ? a : b));
        }
        return -measure;
    }
}
