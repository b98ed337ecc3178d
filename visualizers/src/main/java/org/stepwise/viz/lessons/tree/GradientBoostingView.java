package org.stepwise.viz.lessons.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.ensemble.GradientBoostingModel;
import org.stepwise.algo.ensemble.GradientBoostingSnapshot;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PlotTransform;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * One boosting round made visible. Regression on one feature: the points, the staged prediction
 * F_m as the curve over them, F_{m−1} as its dashed ghost, and the residuals this round's tree was
 * fitted to as segments from F_{m−1} to each point (they shrink round by round). Classification on
 * two features: the staged class probabilities as the boundary heatmap. Beside it, the training
 * (and held-out) loss against rounds and the newest tree, each leaf with the value it adds before
 * shrinking. With other numbers of features the chart and the tree show alone.
 */
final class GradientBoostingView implements LessonView<Snapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final CurvePlotView curve = new CurvePlotView();
    private final BoostingLossChart loss = new BoostingLossChart();
    private final TreeDiagramView diagram = new TreeDiagramView();
    private final StackPane plots = new StackPane(plane, curve);
    private final SecondaryViews pane = new SecondaryViews(plots, loss.node(), diagram);
    private Dataset shownData;
    private GradientBoostingModel drawnModel;

    GradientBoostingView() {
        plane.setEditable(true);
        curve.setEditable(true);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(Snapshot snapshot, Dataset data) {
        GradientBoostingSnapshot s = (GradientBoostingSnapshot) snapshot;
        GradientBoostingModel model = s.model();
        int features = s.featureNames().size();
        boolean onPlane = model.isClassifier() && features == 2;
        boolean onLine = !model.isClassifier() && features == 1;
        plane.setVisible(onPlane);
        curve.setVisible(onLine);
        plots.setVisible(onPlane || onLine);
        if (onPlane) {
            showPlane(model, data);
        } else if (onLine) {
            showCurve(s, data);
        }
        shownData = data;
        loss.show(s, data);
        showTree(s);
    }

    private void showPlane(GradientBoostingModel model, Dataset data) {
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
            }
            if (model != drawnModel) {
                drawnModel = model;
                plane.setModel(model);
            }
        });
    }

    private void showCurve(GradientBoostingSnapshot s, Dataset data) {
        GradientBoostingModel model = s.model();
        curve.change(() -> {
            if (data != shownData) {
                curve.setFeatureAgainstTarget(data);
            }
            if (model != drawnModel) {
                drawnModel = model;
                curve.setCurves(staged(model), model.rounds() == 0 ? null : staged(model.upTo(model.rounds() - 1)));
            }
            curve.setOverlay(pen -> {
                if (!s.hasResiduals()) {
                    return;
                }
                for (int i = 0; i < s.rows(); i++) {
                    double y = s.target(i);
                    pen.segment(s.feature(i, 0), y - s.residual(0, i), s.feature(i, 0), y,
                            TreeDiagramView.HIGHLIGHT, 2);
                }
            });
        });
    }

    /** F_m(x) of a one-feature model. */
    private static java.util.function.DoubleUnaryOperator staged(GradientBoostingModel model) {
        double[] row = new double[1];
        double[] out = new double[1];
        return x -> {
            row[0] = x;
            model.raw(row, 0, out, 0);
            return out[0];
        };
    }

    private void showTree(GradientBoostingSnapshot s) {
        GradientBoostingModel model = s.model();
        int m = model.rounds();
        diagram.change(() -> {
            if (m == 0) {
                diagram.setTree(0, node -> -1, node -> -1, node -> 0);
                diagram.setText(node -> List.of());
                diagram.setTitle("no tree yet: F₀ = " + initial(s));
                return;
            }
            DecisionTree tree = model.tree(m - 1, 0);
            diagram.setTree(tree.nodeCount(), tree::left, tree::right, tree::depth);
            diagram.setText(node -> text(s, tree, m - 1, node));
            diagram.setFill(node -> null);
            diagram.setHighlighted(-1);
            diagram.setTitle(String.format(Locale.ROOT, "round %d's tree%s · %d leaves", m,
                    model.treesPerRound() > 1 ? " (class " + s.classNames().get(0) + ")" : "", tree.leafCount()));
        });
    }

    private static List<String> text(GradientBoostingSnapshot s, DecisionTree tree, int round, int node) {
        List<String> lines = new ArrayList<>(2);
        if (tree.isLeaf(node)) {
            lines.add("adds " + PlotTransform.label(s.model().learningRate()) + " × "
                    + PlotTransform.label(s.model().leafValue(round, 0, node)));
        } else {
            lines.add(s.featureNames().get(tree.feature(node)) + " ≤ " + PlotTransform.label(tree.threshold(node)));
        }
        lines.add(tree.samples(node) + " rows");
        return lines;
    }

    private static String initial(GradientBoostingSnapshot s) {
        GradientBoostingModel model = s.model();
        if (model.treesPerRound() > 1) {
            return "log priors";
        }
        return PlotTransform.label(model.init(0)) + (model.isClassifier() ? " (log-odds)" : " (mean)");
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        curve.setDark(dark);
        loss.chart().setDark(dark);
        diagram.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        plane.setPointEditListener(listener);
        curve.setPointEditListener(listener);
    }

    /** While the lesson plays fast the regions are a quarter-size draft, painted off the FX thread. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    DecisionBoundaryView plane() { return plane; }

    CurvePlotView curve() { return curve; }

    TreeDiagramView diagram() { return diagram; }

    BoostingLossChart loss() { return loss; }
}
