package org.stepwise.viz.view;

import java.util.concurrent.ThreadFactory;

/**
 * Daemon threads for the work behind the picture: the engine worker, the painters, the data
 * loader. Work that only feeds later frames runs {@link #behindFrames below} the FX and render
 * threads' priority.
 *
 * <p>Why: on a machine with few cores a playing lesson's threads want more CPU than there is (the
 * engine a core at full speed, the JIT compiler half of one while play warms up, two painters,
 * the FX and render threads). The scheduler then shares time out evenly, and the FX thread,
 * runnable, waited its turn for 10–20 ms at a time: most of its stalls over a frame were that
 * wait, not its own work (Linux's per-thread run-queue times, docs/BENCHMARKS.md, "The FX thread
 * while a lesson plays"). With the background threads lowered the scheduler serves the FX and
 * render threads first, and the engine takes what is left (the run goes a little slower; the
 * picture does not stutter).
 *
 * <p>Windows and macOS honour Java thread priorities as they are. Linux does only under
 * {@code -XX:ThreadPriorityPolicy=1}, which the installed runtime carries
 * (installer/src/main/jpackage/linux-jlink.args); an ordinary user may lower a thread's
 * priority but not raise it, and only lowering is asked for here. Without the option (a plain
 * {@code java -jar}) the priorities are ignored and everything works as before.
 */
public final class BackgroundThreads {

    /** Priority of work that feeds later frames: the lowest, so frames come first. */
    public static final int BEHIND_FRAMES = Thread.MIN_PRIORITY;

    private BackgroundThreads() {
    }

    /** Daemon threads of this name, at {@link #BEHIND_FRAMES} priority. */
    public static ThreadFactory behindFrames(String name) {
        return daemons(name, BEHIND_FRAMES);
    }

    /** Daemon threads of this name at normal priority: work the learner is waiting for. */
    public static ThreadFactory normal(String name) {
        return daemons(name, Thread.NORM_PRIORITY);
    }

    private static ThreadFactory daemons(String name, int priority) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
