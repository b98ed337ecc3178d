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
}
