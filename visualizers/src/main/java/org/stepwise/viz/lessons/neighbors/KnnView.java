package org.stepwise.viz.lessons.neighbors;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.neighbors.KnnClassifier;
import org.stepwise.algo.neighbors.KnnRegressionSnapshot;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;

/**
 * Classification ({@code task=classify}): the fitted classifier's regions over the training
 * points (which the learner can edit), with the step's query joined to its k neighbours and their
 * vote ({@link KnnOverlay}). Pointing at a point, or anywhere on the plot, shows that place's
 * neighbours instead, until the pointer leaves. Regression ({@code task=regress}): the points,
 * the k-NN curve and the step's query with its neighbours' mean ({@link KnnCurvePicture}). The
 * snapshot's kind says which picture shows; switching keeps both views, so nothing is rebuilt.
 *
 * <p>The classifier is one object for a whole run: the heatmap is painted when it changes (a new
 * run), not at every step; a step redraws only the points and the overlay. So the view draws no
 * drafts.
 */
final class KnnView implements LessonView<Snapshot>, EditablePoints {

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private final KnnCurvePicture curve = new KnnCurvePicture();
    private final StackPane pane = new StackPane(view, curve.node());
    private final Neighbourhood stepHood = new Neighbourhood();
    private final Neighbourhood pointedHood = new Neighbourhood();
    private Dataset shownData;
    private KnnClassifier shownModel;
    private KnnSnapshot shown;
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private int pointerRow = -1;
    private Neighbourhood drawn;

    KnnView() {
        view.setEditable(true);
        view.setPointerListener((x, y, row) -> {
            pointerX = x;
            pointerY = y;
            pointerRow = row;
            if (shown != null) {
                drawOverlay();
            }
        });
        showCurve(false);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(Snapshot snapshot, Dataset data) {
        if (snapshot instanceof KnnRegressionSnapshot regression) {
            showCurve(true);
            curve.show(regression, data);
        } else {
            showCurve(false);
            showClasses((KnnSnapshot) snapshot, data);
        }
    }

    private void showCurve(boolean on) {
        curve.node().setVisible(on);
        view.setVisible(!on);
    }

    private void showClasses(KnnSnapshot snapshot, Dataset data) {
        KnnClassifier model = snapshot.featureCount() == 2 ? snapshot.model() : null;
        if (data != shownData) {
            // A new run: no heatmap of the old model on the new points, and one paint, not two.
            if (model != shownModel) {
                shownModel = null;
                view.setModel(null);
            }
            shownData = data;
            pointerRow = -1;
            view.setData(data);
        }
        if (model != shownModel) {
            shownModel = model;
            view.setModel(model);
        }
        shown = snapshot;
        drawOverlay();
    }

    private void drawOverlay() {
        KnnSnapshot snapshot = shown;
        if (snapshot.featureCount() != 2) {
            view.setOverlay(null);
            return;
        }
        boolean pointed = !Double.isNaN(pointerX);
        int row = pointerRow < snapshot.model().size() ? pointerRow : -1;
        Neighbourhood hood = pointed ? pointedHood.around(snapshot.model(), pointerX, pointerY, row)
                : snapshot.query() >= 0 ? stepHood.fromStep(snapshot) : null;
        drawn = hood;
        view.setOverlay(pen -> KnnOverlay.draw(pen, snapshot, hood));
    }

    /** Accuracy when classifying, R² when regressing: a run charts the one its snapshots have. */
    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
        curve.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        view.setPointEditListener(listener);
        curve.setPointEditListener(listener);
    }

    /** The underlying view, for tests. */
    DecisionBoundaryView boundaryView() { return view; }

    /** The regression picture, for tests. */
    KnnCurvePicture curvePicture() { return curve; }

    /** The neighbourhood the overlay shows, or null (tests). */
    Neighbourhood drawnNeighbourhood() { return drawn; }

    /** Shows the neighbourhood of a place as the pointer would (NaN, NaN, -1 to let go), for tests. */
    void pointAt(double x, double y, int row) {
        pointerX = x;
        pointerY = y;
        pointerRow = row;
        if (shown != null) {
            drawOverlay();
        }
    }
}
