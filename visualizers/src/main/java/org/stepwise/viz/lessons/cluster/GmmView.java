package org.stepwise.viz.lessons.cluster;

import javafx.scene.Node;
import org.stepwise.algo.cluster.GmmSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;

/**
 * The plane of the first two features: the mixture's responsibilities painted under the points
 * as a blend of the components' colours ({@link MixtureField}), the points in the colour (and
 * shape) of their most likely component, and over them the split points' blends, the 1σ and 2σ
 * ellipses and the means' trails ({@link GmmOverlay}).
 *
 * <p>A step redraws what it changed: an E-step recolours the points, an M-step repaints the
 * field (the parameters moved), and both redraw the overlay; the axes stay. On more than two
 * features the field is not drawn (it would be the field of the whole space), and the overlay
 * says what is shown.
 */
final class GmmView implements LessonView<GmmSnapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final ClusterPlane clustered = new ClusterPlane();
    private GmmSnapshot fieldOf;

    GmmView() {
        plane.setEditable(true);
    }

    @Override
    public Node node() { return plane; }

    @Override
    public void show(GmmSnapshot snapshot, Dataset data) {
        plane.change(() -> {
            if (clustered.show(data, plane)) {
                fieldOf = null;
                plane.setModel(null);
            }
            int[] labels = clustered.labels(snapshot::label);
            plane.setAssignments(labels);
            if (snapshot.featureCount() == 2 && !sameParameters(snapshot)) {
                fieldOf = snapshot;
                plane.setModel(new MixtureField(snapshot));
            }
            Dataset points = clustered.points();
            int[] rows = clustered.rowOf();
            plane.setOverlay(pen -> GmmOverlay.draw(pen, snapshot, points, rows));
        });
    }

    /** An E-step leaves the parameters, and so the painted field, as they were: the field is not repainted. */
    private boolean sameParameters(GmmSnapshot snapshot) {
        return fieldOf != null && java.util.Arrays.equals(fieldOf.weights(), snapshot.weights())
                && java.util.Arrays.equals(fieldOf.covariancesFlat(), snapshot.covariancesFlat())
                && fieldOf.trailLength() == snapshot.trailLength() && fieldOf.mean(0, 0) == snapshot.mean(0, 0);
    }

    @Override
    public void setDark(boolean dark) { plane.setDark(dark); }

    /** While playing fast, the field is painted at a quarter of the pixels, off the FX thread. */
    @Override
    public void setDraft(boolean draft) { plane.setDraft(draft); }

    @Override
    public void drawNow() { plane.drawNow(); }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        plane.setPointEditListener(listener);
    }

    /** The plane, for tests. */
    DecisionBoundaryView plane() { return plane; }
}
