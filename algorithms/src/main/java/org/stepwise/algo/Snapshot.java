package org.stepwise.algo;

/**
 * The immutable state of an engine after some number of steps.
 *
 * <p>A snapshot plays the part of a JFreeChart dataset: views read it through primitive
 * accessors and never call the engine. Implementations hold only immutable data (copies of
 * arrays, never the engine's working buffers).
 */
public interface Snapshot {

    /** How many steps have been taken; 0 before the first. */
    int step();

    /** How the last step ended ({@link StepResult#CONTINUE} before the first step). */
    StepResult status();

    /** One sentence that explains the last step with real numbers; empty before the first. */
    String narration();

    /**
     * The narration in at most about {@code characters} characters, where the snapshot knows
     * shorter forms of it: the most detailed form that fits (the shortest when none does). The
     * lesson's narration box asks with what its lines hold at their width and type size, so that
     * a race of seven optimizers says less of each in a narrow window rather than being cut off.
     * A snapshot with one form gives {@link #narration()} whatever the budget.
     */
    default String narration(int characters) {
        return narration();
    }

    /**
     * Quantities of the lesson's formula at this step (named as in the card's formula), and
     * the run's metrics. Never {@code null}.
     */
    Metrics metrics();

    /**
     * The scalar metric of that name, as {@link #metrics()} holds it, or NaN when there is none.
     * The live chart reads a few scalars of hundreds of snapshots a second; a snapshot overrides
     * this to answer them without building every metric (its copies of the coefficients
     * included), which was most of what the FX thread allocated while a lesson played.
     */
    default double scalar(String name) {
        return metrics().scalar(name);
    }
}
