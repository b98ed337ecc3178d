package org.stepwise.viz.view;

/**
 * What a learner did to the points of a scatter view, in data coordinates. The view only
 * reports; whoever owns the data makes the new (undoable) data set.
 */
public interface PointEditListener {

    /** A click on empty space: a new point of the class chosen for editing. */
    void added(double x, double y, int classIndex);

    /** A point was dragged to (x, y). */
    void moved(int row, double x, double y);

    /** A point was removed (right click, or Delete while hovering it). */
    void removed(int row);
}
