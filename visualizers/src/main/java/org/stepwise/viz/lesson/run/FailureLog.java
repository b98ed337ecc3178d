package org.stepwise.viz.lesson.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Exceptions that escaped an engine. They are bugs (numerical trouble is a STOPPED state), so
 * the panel shows them and keeps them here for the host's log and for tests. FX thread only.
 */
public final class FailureLog {

    private final List<Throwable> failures = new ArrayList<>();

    public void record(Throwable failure) {
        failures.add(failure);
    }

    public List<Throwable> all() { return List.copyOf(failures); }

    public boolean isEmpty() { return failures.isEmpty(); }
}
