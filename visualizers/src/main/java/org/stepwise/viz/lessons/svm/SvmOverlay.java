package org.stepwise.viz.lessons.svm;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.svm.SvmModel;
import org.stepwise.algo.svm.SvmSnapshot;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * What a step changed, over the plot: every support vector of the problem shown ringed (a point
 * at the box C with a heavier ring), the two points whose α the step just updated in the
 * highlight colour, joined by a dashed line; on one feature (SVR) the ε-tube around the curve.
 */
final class SvmOverlay {

    static final Color HIGHLIGHT = TreeDiagramView.HIGHLIGHT;

    private SvmOverlay() {
    }

    /** Support vectors ringed on a plane of two features, the updated pair highlighted. */
    static void plane(OverlayPen pen, SvmSnapshot s, int problem) {
        SvmModel model = s.model();
        Color ink = pen.ink();
        for (int p = 0; p < model.problems(); p++) {
            if (problem >= 0 && p != problem) {
                continue;
            }
            int[] rows = model.supportRows(p);
            double[] coef = model.coefficients(p);
            for (int k = 0; k < rows.length; k++) {
                boolean atBox = Math.abs(coef[k]) >= s.c();
                pen.ring(s.feature(rows[k], 0), s.feature(rows[k], 1), 11, ink, atBox ? 3.2 : 1.8);
            }
        }
        SvmSnapshot.PairUpdate u = s.update();
        if (u.updated()) {
            pen.dashedSegment(s.feature(u.rowI(), 0), s.feature(u.rowI(), 1), s.feature(u.rowJ(), 0),
                    s.feature(u.rowJ(), 1), HIGHLIGHT, 3);
            pen.ring(s.feature(u.rowI(), 0), s.feature(u.rowI(), 1), 17, HIGHLIGHT, 5);
            pen.ring(s.feature(u.rowJ(), 0), s.feature(u.rowJ(), 1), 17, HIGHLIGHT, 5);
        }
        caption(pen, s, problem);
    }

    /** On one feature: the ε-tube (dashed) around the curve, support vectors ringed, the updated pair highlighted. */
    static void line(OverlayPen pen, SvmSnapshot s) {
        SvmModel model = s.model();
        double[] q = new double[1];
        double epsilon = s.epsilon();
        Color tube = pen.ink().deriveColor(0, 1, 1, 0.7);
        for (double sign : new double[] {-1, 1}) {
            pen.curve(x -> {
                q[0] = x;
                return model.decision(0, q, 0) + sign * epsilon;
            }, tube, 2);
        }
        int[] rows = model.supportRows(0);
        for (int row : rows) {
            pen.ring(s.feature(row, 0), s.target(row), 11, pen.ink(), 1.8);
        }
        SvmSnapshot.PairUpdate u = s.update();
        if (u.updated()) {
            pen.ring(s.feature(u.rowI(), 0), s.target(u.rowI()), 17, HIGHLIGHT, 5);
            pen.ring(s.feature(u.rowJ(), 0), s.target(u.rowJ()), 17, HIGHLIGHT, 5);
        }
        pen.caption(16, String.format(Locale.ROOT, "ε-tube ±%.3g · %d support vectors", epsilon, rows.length));
    }

    private static void caption(OverlayPen pen, SvmSnapshot s, int problem) {
        SvmModel model = s.model();
        String what = problem < 0 ? "one-vs-one vote of " + model.problems() + " pairs"
                : model.problems() == 1 ? "f(x) = 0 and the margins f = ±1"
                : s.classNames().get(model.classA(problem)) + " vs " + s.classNames().get(model.classB(problem))
                        + ": f = 0, ±1";
        pen.caption(16, what, s.supportCount() + " support vectors · C = " + String.format(Locale.ROOT, "%.3g", s.c()));
    }
}
