package org.stepwise.viz.lessons.anomaly;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.anomaly.ForestStage;
import org.stepwise.algo.anomaly.IsolationTree;
import org.stepwise.algo.anomaly.LofStage;
import org.stepwise.algo.anomaly.OutlierStage;
import org.stepwise.algo.anomaly.OutliersSnapshot;
import org.stepwise.algo.anomaly.RuleStage;
import org.stepwise.algo.ensemble.MemberGridSums;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.TreeDiagramView;
import org.stepwise.viz.view.XYChartView;

/**
 * The plane shaded by the score a new point would get there ({@link ScoreField}: inlier blue,
 * outlier vermillion, the line between them the detector's threshold), the points coloured by
 * their label (grey until scored) and sized by their score, and what the step did
 * ({@link OutliersOverlay}). Beside it the forest's newest tree ({@link TreeDiagramView}: each
 * split's rule, each leaf's count, the followed point's leaf outlined) or the rule's feature in
 * one dimension ({@link SpreadPlot}). With other than two features the plane gives way to each
 * point's score by row. The heatmap is painted on the painter thread.
 */
final class OutliersView implements LessonView<OutliersSnapshot>, EditablePoints, DraftDrawing {

    /** The largest point, in usual radii: the most abnormal points. */
    private static final double LARGEST = 2.2;
    /** While the lesson plays fast, the tree diagram shows every this many trees. */
    private static final int DRAFT_TREE_EVERY = 8;

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final XYChartView byRow = new XYChartView();
    private final StackPane main = new StackPane(plane, byRow);
    private final TreeDiagramView diagram = new TreeDiagramView();
    private final SpreadPlot spread = new SpreadPlot();
    private final SecondaryViews pane = new SecondaryViews(main, diagram, spread.plot());
    private Dataset shownData;
    private Object drawnModel;
    /** The forest whose grid sums {@link #forestSums} keeps: one cache per run. */
    private Object sumsFor;
    private MemberGridSums<IsolationTree> forestSums = ScoreField.forestSums();
    private IsolationTree drawnTree;
    private OutliersSnapshot shown;
    private boolean draft;
    private int hovered = -1;
    private int[] labels = new int[0];
    private double[] sizes = new double[0];

    OutliersView() {
        plane.setEditable(true);
        plane.setSlowModel(true);
        plane.points().setShapes(false);
        plane.setPointerListener((x, y, row) -> {
            hovered = row;
            if (shown != null) {
                plane.setOverlay(pen -> OutliersOverlay.draw(pen, shown, row));
                highlightLeaf();
            }
        });
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(OutliersSnapshot s, Dataset data) {
        shown = s;
        boolean onPlane = s.data().d() == 2;
        OutlierStage stage = s.stage();
        plane.setVisible(onPlane);
        byRow.setVisible(!onPlane);
        diagram.setVisible(stage instanceof ForestStage f && f.count() > 0);
        spread.plot().setVisible(stage instanceof RuleStage r && r.applied() > 0);
        if (onPlane) {
            showPlane(s, data);
        } else {
            showByRow(s);
        }
        // While playing fast, the diagram (hundreds of nodes, redrawn whole) follows every eighth tree.
        if (stage instanceof ForestStage forest && forest.count() > 0
                && (!draft || forest.count() % DRAFT_TREE_EVERY == 0 || s.status().isFinal())) {
            showTree(forest, s);
        }
        if (stage instanceof RuleStage rules) {
            spread.show(rules, s.data());
        }
        shownData = data;
    }

    private void showPlane(OutliersSnapshot s, Dataset data) {
        OutlierStage stage = s.stage();
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
                labels = new int[data.size()];
                sizes = new double[data.size()];
            }
            Object model = modelKey(stage);
            if (model != drawnModel) {
                drawnModel = model;
                if (stage instanceof ForestStage forest && forest.trees() != sumsFor) {
                    sumsFor = forest.trees();
                    forestSums = ScoreField.forestSums();
                }
                plane.setModel(model == null ? null : new ScoreField(stage, forestSums));
            }
            double gain = stage.scored(0) ? ScoreField.gainOf(stage) : 0;
            for (int i = 0; i < labels.length; i++) {
                labels[i] = !stage.scored(i) ? -1 : stage.outlier(i) ? ScoreField.OUTLIER : ScoreField.INLIER;
                double past = stage.scored(i) ? gain * (stage.offset() - stage.score(i)) : -1;
                sizes[i] = Math.max(0.7, Math.min(LARGEST, 1 + 0.8 * past));
            }
            plane.setAssignments(labels);
            plane.setPointSizes(sizes, LARGEST);
            int row = hovered;
            plane.setOverlay(pen -> OutliersOverlay.draw(pen, s, row));
        });
    }

    /** What the heatmap depends on: the forest's tree count, LOF's fit, the rules applied; null for none yet. */
    private static Object modelKey(OutlierStage stage) {
        if (stage instanceof ForestStage forest) {
            return forest.count() == 0 ? null : forest.lastTree();
        }
        if (stage instanceof LofStage lof) {
            return lof.lof();
        }
        RuleStage rules = (RuleStage) stage;
        return rules.applied() == 0 ? null : rules.lastRule();
    }

    private void showByRow(OutliersSnapshot s) {
        OutlierStage stage = s.stage();
        int n = s.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (stage.scored(i)) {
                xs[count] = i;
                ys[count++] = stage.score(i);
            }
        }
        double[] rows = java.util.Arrays.copyOf(xs, count);
        double[] scores = java.util.Arrays.copyOf(ys, count);
        double offset = stage.offset();
        byRow.change(() -> {
            byRow.setPoints(rows, scores, "row", "score (lower is more abnormal)");
            byRow.setOverlay(pen -> {
                pen.dashedSegment(0, offset, n, offset, org.stepwise.viz.view.TreeDiagramView.HIGHLIGHT, 3);
                pen.caption(15, String.format(Locale.ROOT, "threshold %.3f: %d outliers", offset, s.outlierCount()));
            });
        });
    }

    private void showTree(ForestStage forest, OutliersSnapshot s) {
        IsolationTree tree = forest.lastTree();
        if (tree == drawnTree) {
            return;
        }
        drawnTree = tree;
        List<String> names = s.data().featureNames();
        diagram.change(() -> {
            diagram.setTree(tree.nodeCount(), tree::left, tree::right, tree::depth);
            diagram.setText(node -> tree.isLeaf(node) ? List.of(tree.size(node) + (tree.size(node) == 1 ? " point"
                    : " points"), "depth " + tree.depth(node))
                    : List.of(String.format(Locale.ROOT, "%s ≤ %.3g", names.get(tree.feature(node)),
                    tree.threshold(node)), tree.size(node) + " points"));
            diagram.setTitle(String.format(Locale.ROOT, "tree %d: ψ = %d, %d leaves",
                    forest.count(), forest.psi(), (tree.nodeCount() + 1) / 2));
            highlightLeafNow();
        });
    }

    private void highlightLeaf() {
        if (shown != null && shown.stage() instanceof ForestStage && drawnTree != null) {
            diagram.change(this::highlightLeafNow);
        }
    }

    /** Outlines the leaf the followed point (hovered, else the most abnormal) falls in, in the newest tree. */
    private void highlightLeafNow() {
        int point = hovered >= 0 ? hovered : shown.mostAbnormal();
        diagram.setHighlighted(drawnTree.leaf(shown.data().x(), point * shown.data().d()));
    }

    @Override
    public void drawNow() {
        if (plane.isVisible()) {
            plane.drawNow();
        }
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        byRow.setDark(dark);
        diagram.setDark(dark);
        spread.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        plane.setPointEditListener(listener);
    }

    @Override
    public void setDraft(boolean value) {
        draft = value;
        plane.setDraft(value);
    }

    DecisionBoundaryView plane() { return plane; }

    TreeDiagramView diagram() { return diagram; }

    XYChartView spreadPlot() { return spread.plot(); }
}
