package org.stepwise.viz.lesson;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects exceptions that reach the FX application thread, which TestFX would not report. */
public final class FxErrors {

    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    /** Call on the FX thread (in a @Start method). */
    public void install() {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.add(error));
    }

    public List<Throwable> errors() { return List.copyOf(errors); }
}
