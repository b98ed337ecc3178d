package org.stepwise.viz.lessons.anomaly;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.anomaly.ForestStage;
import org.stepwise.algo.anomaly.IsolationTree;
import org.stepwise.algo.anomaly.LocalOutlierFactor;
import org.stepwise.algo.anomaly.LofStage;
import org.stepwise.algo.anomaly.OutlierData;
import org.stepwise.algo.anomaly.OutliersSnapshot;
import org.stepwise.algo.anomaly.RuleStage;
import org.stepwise.algo.anomaly.SpreadRule;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * What a step did, on the plane: the newest tree's cuts on a point's path (each across the cell the
 * cuts above it left, down to its leaf's cell) and the point's path lengths across the trees,
 * averaged into s = 2^(−E[h]/c(ψ)); LOF's
 * point with its k neighbours and its k-distance circle; the rules' fences as lines across the
 * plane, the newest thick. The point followed is the hovered one, else the step's (LOF) or the
 * most abnormal.
 */
final class OutliersOverlay {

    /** Caption type size, in points. */
    private static final double TYPE = 15;
    /** How many of a point's per-tree path lengths the caption lists. */
    private static final int LISTED = 5;

    private OutliersOverlay() {
    }

    static void draw(OverlayPen pen, OutliersSnapshot s, int hovered) {
        if (s.stage() instanceof ForestStage forest) {
            forest(pen, s, forest, hovered);
        } else if (s.stage() instanceof LofStage lof) {
            lof(pen, s, lof, hovered);
        } else {
            rules(pen, (RuleStage) s.stage());
        }
    }

    private static void forest(OverlayPen pen, OutliersSnapshot s, ForestStage forest, int hovered) {
        IsolationTree tree = forest.lastTree();
        if (tree == null) {
            return;
        }
        int point = hovered >= 0 ? hovered : s.mostAbnormal();
        OutlierData data = s.data();
        pathCuts(pen, tree, data.x(), point * data.d());
        pen.ring(data.feature(point, 0), data.feature(point, 1), 12, TreeDiagramView.HIGHLIGHT, 3);
        StringBuilder lengths = new StringBuilder();
        int from = Math.max(0, forest.count() - LISTED);
        for (int t = from; t < forest.count(); t++) {
            lengths.append(t > from ? ", " : "").append(fmt(forest.pathLength(point, t)));
        }
        double h = forest.meanPathLength(point);
        pen.caption(TYPE, String.format(Locale.ROOT, "point %d: h = %s%s", point, forest.count() > LISTED ? "…, " : "",
                        lengths),
                String.format(Locale.ROOT, "E[h] = %.2f over %d trees", h, forest.count()),
                String.format(Locale.ROOT, "s = 2^(−%.2f/%.2f) = %.3f", h, forest.normaliser(), -forest.score(point)));
    }

    /**
     * The newest tree's cuts on the followed point's path, each across the cell the cuts before it
     * left (the first thickest), and the leaf's cell outlined: how quickly the point was isolated.
     */
    private static void pathCuts(OverlayPen pen, IsolationTree tree, double[] x, int at) {
        Domain d = pen.transform().domain();
        double x0 = d.xMin();
        double x1 = d.xMax();
        double y0 = d.yMin();
        double y1 = d.yMax();
        Color color = pen.ink();
        int node = 0;
        while (!tree.isLeaf(node)) {
            double t = tree.threshold(node);
            double width = Math.max(1.6, 4 - 0.5 * tree.depth(node));
            boolean goesLeft = (float) x[at + tree.feature(node)] <= t;
            if (tree.feature(node) == 0) {
                double cut = Math.max(x0, Math.min(x1, t));
                pen.segment(cut, y0, cut, y1, color, width);
                x0 = goesLeft ? x0 : cut;
                x1 = goesLeft ? cut : x1;
            } else {
                double cut = Math.max(y0, Math.min(y1, t));
                pen.segment(x0, cut, x1, cut, color, width);
                y0 = goesLeft ? y0 : cut;
                y1 = goesLeft ? cut : y1;
            }
            node = goesLeft ? tree.left(node) : tree.right(node);
        }
        Color leaf = TreeDiagramView.HIGHLIGHT;
        pen.segment(x0, y0, x1, y0, leaf, 2.5);
        pen.segment(x0, y1, x1, y1, leaf, 2.5);
        pen.segment(x0, y0, x0, y1, leaf, 2.5);
        pen.segment(x1, y0, x1, y1, leaf, 2.5);
    }

    private static void lof(OverlayPen pen, OutliersSnapshot s, LofStage stage, int hovered) {
        int p = hovered >= 0 ? hovered : stage.point();
        if (p < 0) {
            return;
        }
        LocalOutlierFactor lof = stage.lof();
        OutlierData data = s.data();
        double px = data.feature(p, 0);
        double py = data.feature(p, 1);
        Color spoke = pen.ink().deriveColor(0, 1, 1, 0.6);
        for (int j = 0; j < lof.k(); j++) {
            int o = lof.neighbour(p, j);
            pen.segment(px, py, data.feature(o, 0), data.feature(o, 1), spoke, 1.4);
        }
        pen.circle(px, py, lof.kDistance(p), TreeDiagramView.HIGHLIGHT, 2.5);
        pen.ring(px, py, 12, TreeDiagramView.HIGHLIGHT, 3);
        double mean = 0;
        for (int j = 0; j < lof.k(); j++) {
            mean += lof.lrd(lof.neighbour(p, j));
        }
        mean /= lof.k();
        pen.caption(TYPE, String.format(Locale.ROOT, "point %d: k-distance %.3g, lrd %.3g", p, lof.kDistance(p),
                        lof.lrd(p)),
                String.format(Locale.ROOT, "its %d neighbours' lrd average %.3g", lof.k(), mean),
                String.format(Locale.ROOT, "LOF = %.3g / %.3g = %.3f%s", mean, lof.lrd(p),
                        -lof.negativeOutlierFactor(p), stage.outlier(p) ? "  (outlier)" : ""));
    }

    private static void rules(OverlayPen pen, RuleStage stage) {
        Domain d = pen.transform().domain();
        for (int j = 0; j < stage.applied() && j < 2; j++) {
            SpreadRule rule = stage.rules()[j];
            boolean newest = j == stage.applied() - 1;
            Color color = newest ? TreeDiagramView.HIGHLIGHT : pen.ink().deriveColor(0, 1, 1, 0.6);
            double width = newest ? 3.5 : 1.6;
            for (double v : new double[] {rule.lowerFence(), rule.upperFence()}) {
                if (j == 0) {
                    pen.dashedSegment(v, d.yMin(), v, d.yMax(), color, width);
                } else {
                    pen.dashedSegment(d.xMin(), v, d.xMax(), v, color, width);
                }
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
