package org.stepwise.viz.lessons.cluster;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.stepwise.algo.cluster.DbscanSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.ParameterRequests;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The points coloured by their cluster so far (grey until a cluster reaches them), core points
 * filled and border points hollow, noise crossed, the step's point with its ε-neighbourhood
 * ({@link DbscanOverlay}); where the pointer rests, that place's neighbourhood and how many
 * points it holds. Beside it the k-distance plot, whose ε line the learner drags
 * ({@link KDistancePlot}). The points can be edited.
 */
final class DbscanView implements LessonView<DbscanSnapshot>, EditablePoints, ParameterRequests {

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private final KDistancePlot kDistances = new KDistancePlot();
    private final SecondaryViews pane = new SecondaryViews(view, kDistances.plot());
    private Dataset shownData;
    private DbscanSnapshot shown;
    private int[] assignment = new int[0];
    private boolean[] border = new boolean[0];
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;

    DbscanView() {
        view.setEditable(true);
        view.points().setShapes(false);
        // One unit as long on both axes: the ε-neighbourhood is drawn as the circle (or diamond) it is.
        view.setEqualScale(true);
        // The plane at equal scale is wide (two moons: 3.5 by 2): it takes more of the width.
        pane.setSideShare(0.32);
        view.setPointerListener((x, y, row) -> {
            pointerX = x;
            pointerY = y;
            if (shown != null) {
                drawOverlay();
            }
        });
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(DbscanSnapshot snapshot, Dataset data) {
        shown = snapshot;
        view.change(() -> {
            if (data != shownData) {
                shownData = data;
                view.setData(data);
                assignment = new int[data.size()];
                border = new boolean[data.size()];
            }
            boolean moved = false;
            for (int i = 0; i < assignment.length; i++) {
                int label = snapshot.label(i);
                boolean isBorder = label >= 0 && !snapshot.isCore(i);
                moved |= label != assignment[i] || isBorder != border[i];
                assignment[i] = label;
                border[i] = isBorder;
            }
            if (moved || snapshot.step() == 0) {
                view.setAssignments(assignment);
                view.setHeldOut(border);
            }
            drawOverlay();
        });
        kDistances.show(snapshot, data.featuresRowMajor());
    }

    private void drawOverlay() {
        DbscanSnapshot s = shown;
        double x = pointerX;
        double y = pointerY;
        view.setOverlay(pen -> DbscanOverlay.draw(pen, s, x, y));
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
        kDistances.setDark(dark);
    }

    @Override
    public void drawNow() { kDistances.drawNow(); }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    @Override
    public void setParameterRequestListener(Consumer<Map<String, Object>> listener) {
        kDistances.setRequests(listener);
    }

    /** The plot of the points, for tests. */
    DecisionBoundaryView plot() { return view; }

    /** The k-distance plot, for tests. */
    KDistancePlot kDistancePlot() { return kDistances; }
}
