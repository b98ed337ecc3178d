package org.stepwise.viz.lessons.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.ensemble.RandomForest;
import org.stepwise.algo.ensemble.RandomForestSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.BoundaryThumbnails;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * The forest's averaged boundary sharpening as trees are added, the bootstrap sample of the tree
 * a step draws (out-of-bag points ringed, repeats counted), the newest trees' own boundaries as
 * thumbnails beside it (the newest outlined: each alone is jagged, their average smooth), and the
 * impurity importances as bars; once the forest is grown, each feature's permutation importance
 * beside its bar.
 * With other than two features the plane gives way to the importances.
 */
final class RandomForestView implements LessonView<RandomForestSnapshot>, EditablePoints, DraftDrawing {

    /** How many of the newest trees the thumbnails show. */
    static final int THUMBNAILS = 6;

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final ImportanceBars mainBars = new ImportanceBars();
    private final BoundaryThumbnails thumbnails = new BoundaryThumbnails();
    private final ImportanceBars bars = new ImportanceBars();
    private final StackPane plots = new StackPane(plane, mainBars.node());
    private final SecondaryViews pane = new SecondaryViews(plots, thumbnails, bars.node());
    private Dataset shownData;
    private RandomForest drawnForest;

    RandomForestView() {
        plane.setEditable(true);
        thumbnails.setHighlight(TreeDiagramView.HIGHLIGHT);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(RandomForestSnapshot s, Dataset data) {
        boolean onPlane = data.featureCount() == 2;
        plane.setVisible(onPlane);
        thumbnails.setVisible(onPlane && s.forest().treeCount() > 0);
        bars.node().setVisible(onPlane);
        mainBars.node().setVisible(!onPlane);
        String title = String.format(Locale.ROOT, "Importance, %d %s", s.forest().treeCount(),
                s.forest().treeCount() == 1 ? "tree" : "trees");
        String legend = s.permutationImportances() == null ? "mean decrease in Gini impurity"
                : "blue impurity · red permutation";
        if (onPlane) {
            showPlane(s, data);
            showThumbnails(s);
            bars.show(s.featureImportances(), s.permutationImportances(), s.featureNames(), title, legend);
        } else {
            mainBars.show(s.featureImportances(), s.permutationImportances(), s.featureNames(), title, legend);
        }
        shownData = data;
    }

    private void showPlane(RandomForestSnapshot s, Dataset data) {
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
            }
            RandomForest forest = s.forest().treeCount() == 0 ? null : s.forest();
            if (forest != drawnForest) {
                drawnForest = forest;
                plane.setModel(forest);
            }
            plane.setOverlay(pen -> BootstrapOverlay.draw(pen, s, data));
        });
    }

    private void showThumbnails(RandomForestSnapshot s) {
        RandomForest forest = s.forest();
        int count = forest.treeCount();
        List<BoundaryThumbnails.Thumbnail> newest = new ArrayList<>();
        for (int t = Math.max(0, count - THUMBNAILS); t < count; t++) {
            var tree = forest.tree(t);
            newest.add(new BoundaryThumbnails.Thumbnail(tree, String.format(Locale.ROOT, "tree %d%n%d leaves", t + 1,
                    tree.leafCount()), t == count - 1 && s.event() == RandomForestSnapshot.Event.GROWN));
        }
        if (count > 0) {
            thumbnails.setThumbnails("each tree alone", plane.domain(), newest);
        }
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        thumbnails.setDark(dark);
        mainBars.node().setDark(dark);
        bars.node().setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        plane.setPointEditListener(listener);
    }

    /** While the lesson plays fast the regions are a quarter-size draft, painted off the FX thread. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    DecisionBoundaryView plane() { return plane; }

    BoundaryThumbnails thumbnails() { return thumbnails; }
}
