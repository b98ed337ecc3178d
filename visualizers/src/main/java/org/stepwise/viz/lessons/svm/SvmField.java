package org.stepwise.viz.lessons.svm;

import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.svm.SvmModel;

/**
 * An SVM's decision function as the boundary view's regions. While a pair of classes a, b is
 * solved (and always with two classes) the plot shows that pair's f: P(a) = ½ + f/4 and
 * P(b) = ½ − f/4, clipped to [0, 1], so the colour is palest on the boundary f = 0, the margin
 * between the two is |f|/2, and the view's level line at ½ draws the margins f = ±1. Once every
 * pair of three or more classes is solved it shows the one-vs-one vote, each pair's vote made soft,
 * σ(4 f_p) for a and the rest for b, so that the regions' edges are lines the raster can draw
 * smoothly (a hard vote is constant on each side); the regions are the hard vote's (scikit-learn's
 * predict) except within a few pixels of where three regions meet, or where the votes tie.
 */
final class SvmField implements ClassProbabilities {

    /** The boundary view's level line that draws f = ±1 under this encoding. */
    static final double MARGIN_LEVEL = 0.5;

    /** How sharply a pair's soft vote follows the sign of f_p. */
    private static final double SOFTNESS = 4;

    private final SvmModel model;
    private final int problem;
    private final boolean votes;

    /** The field of one problem's f ({@code votes} false), or the vote of every pair. */
    SvmField(SvmModel model, int problem, boolean votes) {
        this.model = model;
        this.problem = problem;
        this.votes = votes;
    }

    boolean showsVotes() { return votes; }

    @Override
    public int classCount() { return model.classCount(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        int classes = model.classCount();
        java.util.Arrays.fill(out, 0, count * classes, 0.0);
        if (!votes) {
            int a = model.classA(problem);
            int b = model.classB(problem);
            for (int i = 0; i < count; i++) {
                double pa = Math.max(0, Math.min(1, 0.5 + model.decision(problem, xs[i], ys[i]) / 4));
                out[i * classes + a] = pa;
                out[i * classes + b] = 1 - pa;
            }
            return;
        }
        double share = 1.0 / model.problems();
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < model.problems(); p++) {
                double forA = 1 / (1 + Math.exp(-SOFTNESS * model.decision(p, xs[i], ys[i])));
                out[i * classes + model.classA(p)] += share * forA;
                out[i * classes + model.classB(p)] += share * (1 - forA);
            }
        }
    }
}
