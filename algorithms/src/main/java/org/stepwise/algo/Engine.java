package org.stepwise.algo;

/**
 * An algorithm that runs one teachable step at a time.
 *
 * <p>Created by an {@link EngineFactory} from (data, parameters, seed); the same inputs give
 * the same sequence of snapshots, bit for bit. Numerical trouble (divergence, a singular
 * matrix, an empty cluster) ends the run with {@link StepResult#stopped(String)}, never an
 * exception, and the last snapshot stays valid. An engine is used by one thread at a time.
 *
 * @param <S> the immutable snapshot type
 */
public interface Engine<S extends Snapshot> {

    /** The state after the steps taken so far; immutable and safe to hand to another thread. */
    S snapshot();

    /**
     * Performs one unit of work (one gradient update, one EM iteration, ...). Once a step has
     * returned anything but {@link StepResult#CONTINUE}, further calls change nothing and
     * return the same result.
     */
    StepResult step();
}
