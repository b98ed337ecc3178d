package org.stepwise.viz.lesson.narration;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.stepwise.algo.Snapshot;
import org.stepwise.viz.view.BackgroundThreads;

/**
 * Writes the narration of the step on screen and hands it to the narration box. While a lesson
 * plays, the text is written on a background thread and shown at the first pulse after it is
 * ready, a frame or so later; paused or stepped by hand, it is written at once, so that a step's
 * narration comes with its picture.
 *
 * <p>Why: at full speed a narration is written four times a second, too seldom for the JIT to
 * compile the code that writes it. The optimizer race's (seven optimizers' positions and losses,
 * formatted) then took the FX thread 0.7–3 ms each time, in frames already carrying a pulse's
 * usual 2.5–3 ms (docs/BENCHMARKS.md). A snapshot is immutable and safe to hand to another
 * thread (DESIGN.md), so the writing can go behind the frames.
 *
 * <p>Each narration is written in the characters the box holds at the time it is asked for
 * ({@link Snapshot#narration(int)}); {@link #budgetChanged()} tells when the box has been
 * resized since, and the narration on screen wants writing again.
 *
 * <p>Called on the FX thread only; the writer thread touches nothing but the snapshot.
 */
public final class Narrator<S extends Snapshot> {

    /** One thread writes every panel's narrations, below the frames' priority. */
    private static final Executor WRITER = Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("stepwise-narrator"));

    /** A narration written off the FX thread, or the exception writing it threw (a lesson's bug). */
    private record Written<S>(S snapshot, String text, RuntimeException failure) {
    }

    private final Consumer<String> show;
    private final IntSupplier budget;
    private final Executor writer;
    private final AtomicReference<Written<S>> ready = new AtomicReference<>();
    /** The snapshot whose narration should be on screen: the last one asked for. */
    private S wanted;
    /** The snapshot whose narration is on screen. */
    private S shown;
    /** A narration is being written off the FX thread (one at a time). */
    private boolean writing;
    /** The budget in characters of the last narration asked for. */
    private int asked = -1;

    /**
     * @param show given each narration to put on screen
     * @param budget how many characters the box holds now
     */
    public Narrator(Consumer<String> show, IntSupplier budget) {
        this(show, budget, WRITER);
    }

    Narrator(Consumer<String> show, IntSupplier budget, Executor writer) {
        this.show = show;
        this.budget = budget;
        this.writer = writer;
    }

    /** Whether the box holds a different number of characters than when the last narration was asked for. */
    public boolean budgetChanged() {
        return budget.getAsInt() != asked;
    }

    /**
     * The narration of {@code target} is wanted on screen: written now, or, when
     * {@code offThread}, on the writer thread and shown by a later {@link #showWritten()}.
     */
    public void narrate(S target, boolean offThread) {
        wanted = target;
        asked = budget.getAsInt();
        if (!offThread) {
            showText(target, target.narration(asked));
        } else if (!writing) {
            write(target);
        }
        // Otherwise the one being written is shown first, then the wanted one is written.
    }

    /**
     * Every pulse: shows a narration written off the FX thread once it is ready, if it is still
     * the one wanted; a narration wanted since is written next. A narration that failed to be
     * written throws here, on the FX thread, as it would have when written there.
     */
    public void showWritten() {
        Written<S> done = ready.getAndSet(null);
        if (done == null) {
            return;
        }
        writing = false;
        if (done.failure() != null) {
            throw done.failure();
        }
        if (done.snapshot() == wanted) {
            showText(wanted, done.text());
        } else if (wanted != null && wanted != shown) {
            write(wanted);
        }
    }

    private void showText(S snapshot, String text) {
        shown = snapshot;
        show.accept(text);
    }

    private void write(S target) {
        writing = true;
        int characters = asked;
        writer.execute(() -> {
            Written<S> written;
            try {
                written = new Written<>(target, target.narration(characters), null);
            } catch (RuntimeException failure) {
                written = new Written<>(target, null, failure);
            }
            ready.set(written);
        });
    }
}
