package org.stepwise.viz.lessons.cluster;

import javafx.scene.Node;
import org.stepwise.algo.cluster.HierarchicalSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The points coloured by their cluster at the cut (grey while a point is a cluster of one), the
 * last merge ringed and its two parts joined ({@link HierarchicalOverlay}); beside it the
 * dendrogram growing one merge a step ({@link Dendrogram}). The cut starts where the run's
 * parameters put it (at {@code distanceThreshold}, or, with {@code nClusters}, above every merge
 * until the tree is complete and then between the merges that leave nClusters); dragging it
 * recolours the points at once, without a new run. The points can be edited.
 */
final class HierarchicalView implements LessonView<HierarchicalSnapshot>, EditablePoints {

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private final Dendrogram dendrogram = new Dendrogram();
    private final SecondaryViews pane = new SecondaryViews(view, dendrogram.view());
    private Dataset shownData;
    private HierarchicalSnapshot shown;
    /** The height the learner dragged the cut to; NaN while the run's own cut is shown. */
    private double draggedCut = Double.NaN;

    HierarchicalView() {
        view.setEditable(true);
        view.points().setShapes(false);
        pane.setSideShare(0.48);
        dendrogram.setCutListener(height -> {
            draggedCut = height;
            if (shown != null) {
                show(shown, shownData);
            }
        });
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(HierarchicalSnapshot snapshot, Dataset data) {
        if (snapshot.step() == 0 && shown != null && shown.step() != 0) {
            draggedCut = Double.NaN;
        }
        shown = snapshot;
        double cut = cut(snapshot);
        int[] colours = colours(snapshot, cut);
        view.change(() -> {
            if (data != shownData) {
                shownData = data;
                view.setData(data);
            }
            view.setAssignments(colours);
            view.setOverlay(pen -> HierarchicalOverlay.draw(pen, snapshot));
        });
        dendrogram.show(snapshot, Double.isInfinite(cut) ? Double.NaN : cut, colours);
    }

    /** The cut shown: the dragged one, else the run's, else above every merge so far. */
    private double cut(HierarchicalSnapshot s) {
        if (!Double.isNaN(draggedCut)) {
            return draggedCut;
        }
        double own = s.cutHeight();
        return Double.isNaN(own) ? Double.POSITIVE_INFINITY : own;
    }

    /**
     * Each point's colour at the cut: the clusters of more than one point numbered in the order
     * of their first point, −1 for a point still alone.
     */
    static int[] colours(HierarchicalSnapshot s, double cut) {
        int[] nodes = s.clusterNodes(cut);
        int[] numberOf = new int[s.nodeCount()];
        java.util.Arrays.fill(numberOf, -1);
        int next = 0;
        int[] colour = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            int node = nodes[i];
            if (node < s.size()) {
                colour[i] = -1;
                continue;
            }
            if (numberOf[node] < 0) {
                numberOf[node] = next++;
            }
            colour[i] = numberOf[node];
        }
        return colour;
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
        dendrogram.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    /** The plot of the points, for tests. */
    DecisionBoundaryView plot() { return view; }

    /** The dendrogram, for tests. */
    Dendrogram dendrogram() { return dendrogram; }
}
