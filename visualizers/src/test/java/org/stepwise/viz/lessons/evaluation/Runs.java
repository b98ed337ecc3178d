package org.stepwise.viz.lessons.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Snapshot;

/** Runs the evaluation lessons' view tests share. */
final class Runs {

    private Runs() {
    }

    /** Every snapshot of a run to its end, the first included. */
    static <S extends Snapshot> List<S> every(Engine<S> engine) {
        List<S> out = new ArrayList<>(List.of(engine.snapshot()));
        while (!engine.step().isFinal()) {
            out.add(engine.snapshot());
        }
        out.add(engine.snapshot());
        return out;
    }
}
