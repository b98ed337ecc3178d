package org.stepwise.viz.lessons.svm;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.svm.SvmModel;
import org.stepwise.algo.svm.SvmSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.CurvePlotView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;

/**
 * Classification on two features ({@code task=svc}): the decision function of the pair being
 * solved as the boundary view's regions ({@link SvmField}: palest on f = 0, the margins f = ±1 as
 * a thinner line), its support vectors ringed and the pair of α's the step updated highlighted
 * ({@link SvmOverlay}); with three or more classes, once every pair is solved, the one-vs-one
 * vote. Regression on one feature ({@code task=svr}): the points, the curve f(x) and its ε-tube.
 * Each step's model is new, so the heatmap is repainted every step, always on the painter thread
 * (the old picture shows until the new one is ready; a draft of a sixteenth of the pixels while the lesson plays
 * fast), except before a snapshot of the view ({@code render}).
 */
final class SvmView implements LessonView<Snapshot>, EditablePoints, DraftDrawing {

    private final DecisionBoundaryView plane = new DecisionBoundaryView();
    private final CurvePlotView curve = new CurvePlotView();
    private final StackPane pane = new StackPane(plane, curve);
    private Dataset shownData;
    private SvmModel drawnModel;

    SvmView() {
        plane.setEditable(true);
        curve.setEditable(true);
        plane.setLevelLine(SvmField.MARGIN_LEVEL);
        // Each step's f is new and costs a kernel per support vector per pixel: never on the FX thread.
        plane.setSlowModel(true);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(Snapshot snapshot, Dataset data) {
        SvmSnapshot s = (SvmSnapshot) snapshot;
        SvmModel model = s.model();
        boolean onPlane = model.isClassifier() && model.featureCount() == 2;
        boolean onLine = !model.isClassifier() && model.featureCount() == 1;
        plane.setVisible(onPlane);
        curve.setVisible(onLine);
        if (onPlane) {
            showPlane(s, data);
        } else if (onLine) {
            showCurve(s, data);
        }
        shownData = data;
    }

    private void showPlane(SvmSnapshot s, Dataset data) {
        SvmModel model = s.model();
        boolean votes = model.problems() > 1 && s.status().isFinal();
        int problem = votes ? -1 : s.problem();
        plane.change(() -> {
            if (data != shownData) {
                plane.setData(data);
            }
            if (model != drawnModel) {
                drawnModel = model;
                plane.setLevelLine(votes ? Double.NaN : SvmField.MARGIN_LEVEL);
                plane.setModel(new SvmField(model, Math.max(0, problem), votes));
            }
            plane.setOverlay(pen -> SvmOverlay.plane(pen, s, problem));
        });
    }

    private void showCurve(SvmSnapshot s, Dataset data) {
        SvmModel model = s.model();
        curve.change(() -> {
            if (data != shownData) {
                curve.setFeatureAgainstTarget(data);
            }
            if (model != drawnModel) {
                drawnModel = model;
                double[] row = new double[1];
                curve.setCurves(x -> {
                    row[0] = x;
                    return model.decision(0, row, 0);
                }, null);
            }
            curve.setOverlay(pen -> SvmOverlay.line(pen, s));
        });
    }

    /** The heatmap is painted on the painter thread: paint it now, before a snapshot (export, render). */
    @Override
    public void drawNow() {
        if (plane.isVisible()) {
            plane.drawNow();
        }
    }

    @Override
    public void setDark(boolean dark) {
        plane.setDark(dark);
        curve.setDark(dark);
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
}
