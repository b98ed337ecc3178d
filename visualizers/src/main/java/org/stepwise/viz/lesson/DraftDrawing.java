package org.stepwise.viz.lesson;

/**
 * A lesson view that can draw a cheaper, coarser picture while the lesson plays fast, and the
 * full picture when it pauses: DESIGN.md's progressive refinement (coarse first, full
 * resolution when the step rate allows).
 */
public interface DraftDrawing {

    /** True while playing fast: draw coarse. Switching back to false redraws in full. */
    void setDraft(boolean draft);
}
