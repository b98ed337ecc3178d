package org.stepwise.viz.lessons.tree;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.stepwise.algo.ensemble.AdaBoostEnsemble;
import org.stepwise.algo.ensemble.AdaBoostSnapshot;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * A boosting round beside the staged ensemble: on a plane of two features the ensemble's class
 * probabilities as the heatmap, each training point drawn with area proportional to the weight the
 * round's learner was fitted with, the learner's splits over it (its first split thick, in the
 * highlight colour) and a ring around each point it misclassified, the points whose weights grow
 * next; beside it the learner in a small tree diagram (each node's weighted class shares) titled
 * with its ε and α. With other numbers of features the diagram shows alone. What a round changes
 * (the heatmap, the points' sizes, the overlay) is drawn on the plot's image and top canvas only.
 */
final class AdaBoostView implements LessonView<AdaBoostSnapshot>, EditablePoints, DraftDrawing {

    /** The largest point, as a multiple of the usual radius: a weight 12 times the average. */
    static final double LARGEST = Math.sqrt(12);
    /** The smallest point, so a row of tiny weight stays seen. */
    static final double SMALLEST = 0.3;

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final TreeDiagramView diagram = new TreeDiagramView();
    private final SecondaryViews pane = new SecondaryViews(plane, diagram);
    private Dataset shownData;
    private AdaBoostEnsemble drawnModel;
    private double[] sizes = new double[0];

    AdaBoostView() {
        plane.setEditable(true);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(AdaBoostSnapshot s, Dataset data) {
        boolean onPlane = data.featureCount() == 2;
        plane.setVisible(onPlane);
        if (onPlane) {
            showPlane(s, data);
        }
        shownData = data;
        showLearner(s);
    }

    private void showPlane(AdaBoostSnapshot s, Dataset data) {
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
                sizes = new double[data.size()];
            }
            AdaBoostEnsemble model = s.ensemble();
            if (model != drawnModel) {
                drawnModel = model;
                plane.setModel(model.size() == 0 ? null : model);
            }
            sizeByWeight(s, data);
            plane.setPointSizes(sizes, LARGEST);
            DecisionTree learner = s.learner();
            plane.setOverlay(learner == null ? null : pen -> AdaBoostOverlay.draw(pen, s, data, plane.points(), sizes));
        });
    }

    /**
     * Each training point's radius √(n·w) times the usual (area ∝ its weight; 1 for the weight 1/n
     * every row starts with), held-out points the usual size.
     */
    private void sizeByWeight(AdaBoostSnapshot s, Dataset data) {
        int n = s.rows();
        for (int row = 0, fitted = 0; row < data.size(); row++) {
            if (data.isHeldOut(row) || fitted >= n) {
                sizes[row] = 1;
            } else {
                sizes[row] = Math.max(SMALLEST, Math.sqrt(n * s.fittedWeight(fitted++)));
            }
        }
    }

    private void showLearner(AdaBoostSnapshot s) {
        DecisionTree learner = s.learner();
        diagram.change(() -> {
            if (learner == null) {
                diagram.setTree(0, node -> -1, node -> -1, node -> 0);
                diagram.setTitle("before the first round: every weight 1/n");
                return;
            }
            List<String> classes = presentClassNames(s);
            diagram.setTree(learner.nodeCount(), learner::left, learner::right, learner::depth);
            diagram.setText(node -> AdaBoostNodeText.of(learner, node, s.featureNames(), classes));
            diagram.setFill(node -> DecisionTreeView.pale(s.ensemble().presentLabel(learner.majority(node))));
            diagram.setFaded(s.learnerKept() ? null : node -> true);
            diagram.setHighlighted(learner.isLeaf(0) ? -1 : 0);
            diagram.setTitle(AdaBoostNodeText.title(s));
        });
    }

    /** The names of the classes the learners number 0 .. K − 1 (those present in the data). */
    private static List<String> presentClassNames(AdaBoostSnapshot s) {
        List<String> names = new ArrayList<>(s.presentClasses());
        for (int k = 0; k < s.presentClasses(); k++) {
            names.add(s.classNames().get(s.ensemble().presentLabel(k)));
        }
        return names;
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        diagram.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { plane.setPointEditListener(listener); }

    /** While the lesson plays fast the regions are a quarter-size draft, painted off the FX thread. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    DecisionBoundaryView plane() { return plane; }

    TreeDiagramView diagram() { return diagram; }

    /** Each shown point's radius as a multiple of the usual (tests). */
    double[] sizes() { return sizes.clone(); }
}
