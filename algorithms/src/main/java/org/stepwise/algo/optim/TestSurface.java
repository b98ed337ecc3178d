package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Surface;

/**
 * A loss surface of the optimizer lesson, with its known minima so a view can draw a star on
 * each. Implementations are immutable.
 */
public interface TestSurface extends Surface {

    /**
     * The known minimisers as new {x, y} pairs (the caller may keep or change them); empty when
     * the surface has none (the saddle is unbounded below).
     */
    List<double[]> minima();

    /** f at every point of {@link #minima()}; NaN when there is none. */
    double minimumValue();
}
