package org.stepwise.viz.lesson;

import java.util.Map;
import java.util.function.Consumer;
import org.stepwise.viz.lesson.data.DataPicker;
import org.stepwise.viz.view.PointEditListener;

/**
 * The optional features a lesson view may have, and the one place that connects them to the
 * panel. A view declares a feature by implementing its small interface:
 *
 * <ul>
 *   <li>{@link EditablePoints}: the learner adds, drags and deletes points in the view; the data
 *       picker turns the gestures into new, undoable data;</li>
 *   <li>{@link ParameterRequests}: the learner sets parameters by pointing (the race's start);
 *       the panel validates them like sheet edits;</li>
 *   <li>{@link DraftDrawing}: the view draws coarse pictures while more steps arrive than frames
 *       can show, and the full picture when the lesson pauses.</li>
 * </ul>
 *
 * A new feature is a new interface and a line here; the panel does not change.
 */
final class ViewFeatures {

    private ViewFeatures() {
    }

    /**
     * Connects {@code view}'s features once, as the panel is built.
     *
     * @param picker the panel's data picker, or null for a lesson without data (no point editing)
     * @param parameterRequests validates and applies parameters asked for by pointing
     */
    static void connect(LessonView<?> view, DataPicker picker, Consumer<Map<String, Object>> parameterRequests) {
        if (view instanceof EditablePoints editable && picker != null) {
            editable.setPointEditListener(new PointEditListener() {
                @Override public void added(double x, double y, int classIndex) { picker.addPoint(x, y); }
                @Override public void moved(int row, double x, double y) { picker.movePoint(row, x, y); }
                @Override public void removed(int row) { picker.removePoint(row); }
            });
        }
        if (view instanceof ParameterRequests requests) {
            requests.setParameterRequestListener(parameterRequests);
        }
    }

    /** Told every frame, before the view draws: whether pictures are drafts now. */
    static void beforeFrame(LessonView<?> view, boolean draft) {
        if (view instanceof DraftDrawing drafts) {
            drafts.setDraft(draft);
        }
    }
}
