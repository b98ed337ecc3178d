package org.stepwise.viz.lesson;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A lesson view that lets the learner set parameters by pointing, e.g. clicking a loss surface
 * to choose the start point. The panel validates the request like any sheet edit.
 */
public interface ParameterRequests {

    /** @param listener told the parameter values the learner asked for, by name */
    void setParameterRequestListener(Consumer<Map<String, Object>> listener);

    /**
     * Whether the parameters this view asks for say where the run ends, so that the panel shows
     * the new run at its end rather than at step 0: a threshold the learner drags is the one a
     * threshold sweep stops at, and the picture the learner let go of stays on show. A run that
     * was playing plays again from the start either way.
     */
    default boolean requestsShowRunEnd() { return false; }
}
