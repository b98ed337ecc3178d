package org.stepwise.viz.lessons.neural;

import java.util.Arrays;
import java.util.Locale;
import javafx.scene.Node;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.neural.regularization.DeepRegularizationSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.PointEditListener;
import org.stepwise.viz.view.SecondaryViews;

/**
 * The deep-regularization panel: both networks' training and validation losses against epochs,
 * and beside them the two boundaries, the regularized network's over the baseline's, each captioned
 * with its validation loss ("val. loss"). The validation rows are drawn hollow on both.
 */
final class DeepRegularizationView implements LessonView<DeepRegularizationSnapshot>, EditablePoints, DraftDrawing {

    private final RegularizationCurves curves = new RegularizationCurves();
    private final DecisionBoundaryView with = new DecisionBoundaryView();
    private final DecisionBoundaryView without = new DecisionBoundaryView();
    private final SecondaryViews pane = new SecondaryViews(curves.node(), with, without);
    private Dataset shownData;
    private boolean[] shownMask = new boolean[0];
    private ClassProbabilities drawnWith;
    private ClassProbabilities drawnWithout;

    DeepRegularizationView() {
        with.setEditable(true);
        without.setEditable(true);
        // Each epoch's two networks (64-64 by default) are new and cost ~4,000 multiply-adds a pixel:
        // 256 × 256 of them held the FX thread 90–140 ms a step. Painted in the background instead.
        with.setSlowModel(true);
        without.setSlowModel(true);
    }

    @Override
    public Node node() { return pane; }

    @Override
    public void show(DeepRegularizationSnapshot s, Dataset data) {
        curves.show(s);
        boolean[] mask = s.validationMask();
        boolean newData = data != shownData || !Arrays.equals(mask, shownMask);
        Dataset marked = data != null && mask.length == data.size() ? data.withHeldOut(mask) : data;
        shownData = data;
        shownMask = mask;
        show(with, s.regularizedModel(), marked, newData, caption("with " + s.technique().label(), s.valLoss()),
                true);
        show(without, s.baselineModel(), marked, newData, caption("without", s.baselineValLoss()), false);
    }

    private void show(DecisionBoundaryView plane, ClassProbabilities model, Dataset marked, boolean newData,
                      String[] caption, boolean regularized) {
        plane.change(() -> {
            if (newData) {
                plane.setData(marked);
            }
            if (model != (regularized ? drawnWith : drawnWithout)) {
                plane.setModel(model);
            }
            plane.setOverlay(pen -> pen.caption(16, caption));
        });
        if (regularized) {
            drawnWith = model;
        } else {
            drawnWithout = model;
        }
    }

    /** Who the boundary is, and its validation loss on a short line of its own (they fit the narrow plots of presentation mode). */
    private static String[] caption(String who, double validationLoss) {
        return Double.isNaN(validationLoss) ? new String[] {who}
                : new String[] {who, String.format(Locale.ROOT, "val. loss %.3f", validationLoss)};
    }

    @Override
    public void setDark(boolean dark) {
        curves.chart().setDark(dark);
        with.setDark(dark);
        without.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) {
        with.setPointEditListener(listener);
        without.setPointEditListener(listener);
    }

    /** Both boundaries painted now, before a snapshot of the view (they are otherwise painted in the background). */
    @Override
    public void drawNow() {
        with.drawNow();
        without.drawNow();
    }

    /** While the lesson plays fast both boundaries are coarse drafts. */
    @Override
    public void setDraft(boolean draft) {
        with.setDraft(draft);
        without.setDraft(draft);
    }

    RegularizationCurves curves() { return curves; }

    DecisionBoundaryView regularizedPlane() { return with; }

    DecisionBoundaryView baselinePlane() { return without; }
}
