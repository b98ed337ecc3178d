package org.stepwise.viz.lessons.linear;

import javafx.scene.Node;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;

/** The classifier's probability shading and boundary over the training points, which the learner can edit. */
final class LogisticRegressionView implements LessonView<LogisticRegressionSnapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private Dataset shownData;

    LogisticRegressionView() {
        view.setEditable(true);
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(LogisticRegressionSnapshot snapshot, Dataset data) {
        if (data != shownData) {
            shownData = data;
            view.setData(data);
        }
        view.setModel(snapshot.inputCount() == 2 ? snapshot : null);
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { view.setDraft(draft); }

    /** The underlying view, for tests. */
    DecisionBoundaryView boundaryView() { return view; }
}
