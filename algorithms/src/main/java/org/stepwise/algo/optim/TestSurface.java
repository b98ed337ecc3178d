package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Surface;

/** A loss surface with its known minima (empty when it has none), for drawing a star on each. */
public interface TestSurface extends Surface {

    /** Known minimisers as {x, y} pairs; empty when the surface is unbounded below. */
    List<double[]> minima();
}
