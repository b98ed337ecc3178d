package org.stepwise.viz.lesson;

import org.stepwise.viz.view.PointEditListener;

/**
 * A lesson view whose points the learner may add, drag and delete with the mouse. The view
 * only reports the gestures; the panel's data picker turns them into new, undoable data.
 */
public interface EditablePoints {

    void setPointEditListener(PointEditListener listener);
}
