package org.stepwise.viz.lessons.tree;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.DecisionTreeSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * The tree diagram growing beside what the tree does to the data: classification on two features
 * is the partitioned plane (the tree's class probabilities as the heatmap, every split a segment
 * across its cell); regression on one feature is the step function over the points, each
 * threshold a vertical line. The split a step made is highlighted in both. Once the tree is grown
 * a slider walks its cost-complexity pruning path: the diagram fades the branches pruned away and
 * the plot shows the pruned tree. With other numbers of features the diagram shows alone.
 */
final class DecisionTreeView implements LessonView<Snapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final CurvePlotView curve = new CurvePlotView();
    private final TreeDiagramView diagram = new TreeDiagramView();
    private final PruningSlider pruningSlider = new PruningSlider();
    private final BorderPane treePane = new BorderPane(diagram);
    private final StackPane plots = new StackPane(plane, curve);
    private final SecondaryViews pane = new SecondaryViews(plots, treePane);
    private Dataset shownData;
    private DecisionTreeSnapshot shown;
    private DecisionTree drawnModel;
    /** The α the slider chose for the shown run, or NaN to follow the run. */
    private double explored = Double.NaN;

    DecisionTreeView() {
        pane.setSideShare(0.5);
        plane.setEditable(true);
        curve.setEditable(true);
        pruningSlider.setListener(alpha -> {
            explored = alpha;
            if (shown != null) {
                draw(shown, shownData);
            }
        });
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(Snapshot snapshot, Dataset data) {
        DecisionTreeSnapshot s = (DecisionTreeSnapshot) snapshot;
        if (s.pruning() == null || data != shownData || (shown != null && s.step() < shown.step())) {
            explored = Double.NaN;
        }
        draw(s, data);
    }

    private void draw(DecisionTreeSnapshot s, Dataset data) {
        shown = s;
        DecisionTree tree = Double.isNaN(explored) ? s.tree() : s.grown().prunedAt(explored);
        int newest = Double.isNaN(explored) ? s.lastSplit() : -1;
        boolean classify = tree.isClassifier();
        boolean onPlane = classify && tree.featureCount() == 2;
        boolean onLine = !classify && tree.featureCount() == 1;
        plane.setVisible(onPlane);
        curve.setVisible(onLine);
        plots.setVisible(onPlane || onLine);
        if (onPlane) {
            showPlane(tree, data, newest);
        } else if (onLine) {
            showCurve(tree, data, newest);
        }
        shownData = data;
        showTree(s, tree, newest);
    }

    private void showPlane(DecisionTree tree, Dataset data, int newest) {
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
            }
            if (tree != drawnModel) {
                drawnModel = tree;
                plane.setModel(tree);
            }
            plane.setOverlay(pen -> PartitionOverlay.plane(pen, tree, newest));
        });
    }

    private void showCurve(DecisionTree tree, Dataset data, int newest) {
        curve.change(() -> {
            if (data != shownData) {
                curve.setFeatureAgainstTarget(data);
            }
            if (tree != drawnModel) {
                drawnModel = tree;
                double[] row = new double[1];
                curve.setCurves(x -> {
                    row[0] = x;
                    return tree.predict(row, 0);
                }, null);
            }
            curve.setOverlay(pen -> PartitionOverlay.line(pen, tree, newest));
        });
    }

    private void showTree(DecisionTreeSnapshot s, DecisionTree tree, int newest) {
        DecisionTree grown = s.grown();
        List<String> features = s.featureNames();
        List<String> classes = s.classNames();
        diagram.change(() -> {
            boolean pruning = !Double.isNaN(explored) || s.tree() != grown;
            diagram.setTree(grown.nodeCount(), grown::left, grown::right, grown::depth);
            diagram.setText(node -> NodeText.of(tree.inTree(node) ? tree : grown, node, features, classes,
                    s.impurityName()));
            diagram.setFill(node -> tree.isClassifier() ? pale(tree.majority(node)) : null);
            diagram.setFaded(pruning ? node -> !tree.inTree(node) || !tree.isLeaf(node) && grown.isLeaf(node)
                    : null);
            diagram.setHighlighted(newest);
            diagram.setTitle(title(s, tree));
        });
        if (s.pruning() != null) {
            pruningSlider.setPath(s.pruning(), Double.isNaN(explored) ? s.ccpAlpha() : explored);
            treePane.setBottom(pruningSlider.node());
        } else {
            treePane.setBottom(null);
        }
    }

    /** "8 leaves, depth 6 · accuracy 100.0%", or at a slider's stop "3 leaves at α 0.0408 · accuracy 95.6%". */
    private String title(DecisionTreeSnapshot s, DecisionTree tree) {
        int leaves = tree.leafCount();
        double score = tree.trainingScore();
        String scored = tree.isClassifier() ? String.format(Locale.ROOT, "accuracy %.1f%%", 100 * score)
                : String.format(Locale.ROOT, "R² %.3f", score);
        String where = Double.isNaN(explored) ? ", depth " + tree.maxDepth() : " at α " + NodeText.number(explored);
        return leaves + (leaves == 1 ? " leaf" : " leaves") + where + " · " + scored;
    }

    /** A class colour paled for a node's fill. */
    static Color pale(int c) {
        return ColorMaps.classColor(c).deriveColor(0, 0.45, 1.25, 1);
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        curve.setDark(dark);
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

    TreeDiagramView diagram() { return diagram; }

    DecisionBoundaryView plane() { return plane; }

    CurvePlotView curve() { return curve; }

    PruningSlider pruningSlider() { return pruningSlider; }
}
