package org.stepwise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * What the machine's scheduler alone does to a frame thread, with no JavaFX and no Stepwise in
 * the way: a thread at normal priority that, every 16.7 ms, does a fixed amount of its own CPU
 * work, among threads at the lowest priority that never stop (as a lesson's engine, painters and
 * the JIT compiler do while it plays at full speed). How late each frame's work ends, past its
 * due time, is the work plus the waits for a core; the waits are the scheduler's. Measured first
 * with no busy threads (the baseline), then with them, in the same run.
 *
 * <p>Run it with the installed runtime's options, so that the lowest Java priority is nice 10
 * on Linux (installer/src/main/jpackage/linux-jlink.args), as an ordinary user:
 *
 * <pre>java OPTIONS -cp benchmarks/target/benchmarks.jar org.stepwise.bench.SchedulerTail SECONDS WORK_MS BUSY_THREADS</pre>
 *
 * This is how the FX thread's last stalls over a frame were traced to the machine
 * (docs/BENCHMARKS.md, "The machine's own scheduling tail").
 */
public final class SchedulerTail {

    private static final long FRAME_NANOS = 16_666_667L;
    private static final long BUDGET_NANOS = 16_700_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SchedulerTail() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: SchedulerTail SECONDS WORK_MS BUSY_THREADS");
            System.exit(2);
        }
        double seconds = Double.parseDouble(args[0]);
        long workNanos = (long) (Double.parseDouble(args[1]) * 1e6);
        int busy = Integer.parseInt(args[2]);
        frames(1, workNanos);  // compiles the loops before anything is measured
        System.out.println(report("no busy threads (baseline)", frames(seconds, workNanos), workNanos));
        List<Thread> hogs = new ArrayList<>();
        for (int i = 0; i < busy; i++) {
            Thread hog = new Thread(SchedulerTail::spin, "busy-" + i);
            hog.setPriority(Thread.MIN_PRIORITY);
            hog.setDaemon(true);
            hog.start();
            hogs.add(hog);
        }
        System.out.println(report(busy + " busy threads at the lowest priority", frames(seconds, workNanos), workNanos));
        hogs.forEach(Thread::interrupt);
    }

    /** Lateness of each frame's end past its due time, in nanoseconds, for this long. */
    private static List<Long> frames(double seconds, long workNanos) {
        List<Long> late = new ArrayList<>();
        long due = System.nanoTime();
        long end = due + (long) (seconds * 1e9);
        while (due < end) {
            due += FRAME_NANOS;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            long cpu = THREADS.getCurrentThreadCpuTime();
            while (THREADS.getCurrentThreadCpuTime() - cpu < workNanos) {
                Thread.onSpinWait();
            }
            long lateness = System.nanoTime() - due;
            late.add(lateness);
            if (lateness > FRAME_NANOS) {
                due = System.nanoTime();  // one stall counts once, not as every frame behind it
            }
        }
        return late;
    }

    private static void spin() {
        double sink = 0;
        while (!Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < 100_000; i++) {
                sink += Math.sqrt(i);
            }
        }
        // Used, so that the JIT cannot drop the loop as dead code.
        if (sink == 42) {
            System.out.print("");
        }
    }

    private static String report(String label, List<Long> late, long workNanos) {
        List<Long> sorted = new ArrayList<>(late);
        Collections.sort(sorted);
        long over = sorted.stream().filter(nanos -> nanos > BUDGET_NANOS).count();
        return String.format("%s: %d frames of %.1f ms of work; done late by median %.2f ms, p99 %.2f ms, "
                        + "worst %.2f ms; over 16.7 ms: %d", label, sorted.size(), workNanos / 1e6,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, over);
    }
}
