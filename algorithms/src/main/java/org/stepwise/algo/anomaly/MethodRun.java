package org.stepwise.algo.anomaly;

/** One detector's run, step by step: what it has found before any step, and after step s (1-based). */
interface MethodRun {

    /** How many steps the whole run takes. */
    int steps();

    OutlierStage initial();

    /** Takes step s (called with s = 1, 2, ... in order) and returns what it found. */
    OutlierStage advance(int s);
}
