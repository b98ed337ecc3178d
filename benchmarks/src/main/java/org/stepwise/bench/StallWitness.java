package org.stepwise.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * What the process was doing during one FX-thread stall, for {@link FxStallMeter} with
 * {@code -Dprobe.why=true}: samples of the FX and render threads' stacks while the stall lasts,
 * and on Linux, from each thread's schedstat, how long the FX, render and invoke-later threads
 * waited on a run queue (runnable, but no core free) and which threads were on the cores
 * meanwhile. This is how the stalls were found to be mostly waits for a core, with the JIT
 * compiler and the engine on them (docs/BENCHMARKS.md, "The FX thread while a lesson plays").
 * Sampling costs time itself: count stalls without it.
 */
final class StallWitness {

    private static final String[] WATCHED = {"JavaFX Applicat", "QuantumRenderer", "InvokeLaterDisp"};

    private final Thread fx = named("JavaFX Application Thread");
    private final Thread renderer = named("QuantumRenderer-0");
    private final StringBuilder stacks = new StringBuilder();
    private Map<String, long[]> before = schedstats();
    private long[] machineBefore = machineTicks();

    /** A new stall may begin: forget the last one. */
    void reset() {
        stacks.setLength(0);
        before = schedstats();
        machineBefore = machineTicks();
    }

    /** Called every few milliseconds while a posted task waits. */
    void sample(long waitedNanos) {
        stacks.append(String.format("  at +%.0f ms%n", waitedNanos / 1e6)).append(top("FX", fx))
                .append(top("renderer", renderer));
    }

    /** What happened since the last reset, for a stall of this length. */
    String report(long stallNanos) {
        Map<String, long[]> after = schedstats();
        StringBuilder text = new StringBuilder(String.format("stall of %.0f ms; waits for a core:", stallNanos / 1e6));
        for (String watched : WATCHED) {
            text.append(String.format(" %s %.1f ms,", watched, delta(after, watched, 1) / 1e6));
        }
        text.append(String.format("%n  on the cores meanwhile:"));
        after.keySet().stream().filter(name -> delta(after, name, 0) > 500_000L)
                .sorted((a, b) -> Long.compare(delta(after, b, 0), delta(after, a, 0)))
                .forEach(name -> text.append(String.format(" %s %.1f ms,", name, delta(after, name, 0) / 1e6)));
        long[] machine = machineTicks();
        text.append(String.format("%n  the machine meanwhile (all cores, ms): busy %d, idle %d, stolen by the host %d",
                (machine[0] - machineBefore[0]) * 10, (machine[1] - machineBefore[1]) * 10,
                (machine[2] - machineBefore[2]) * 10));
        return text.append(String.format("%n")).append(stacks).toString();
    }

    private long delta(Map<String, long[]> after, String name, int field) {
        long[] then = before.get(name);
        long[] now = after.get(name);
        return now == null ? 0 : now[field] - (then == null ? 0 : then[field]);
    }

    /** Per thread (name, or name/tid where names repeat; Linux cuts them at 15 characters): nanoseconds on a core and waiting on a run queue. Empty off Linux. */
    private static Map<String, long[]> schedstats() {
        Map<String, long[]> result = new HashMap<>();
        File[] tasks = new File("/proc/self/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            try {
                String name = Files.readString(task.toPath().resolve("comm")).trim();
                String[] stat = Files.readString(task.toPath().resolve("schedstat")).trim().split(" ");
                String key = isWatched(name) ? name : name + "/" + task.getName();
                result.merge(key, new long[] {Long.parseLong(stat[0]), Long.parseLong(stat[1])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } catch (IOException | RuntimeException endedMeanwhile) {
                // the thread ended while being read
            }
        }
        return result;
    }

    /**
     * The whole machine's clock ticks (10 ms each) from /proc/stat: busy (any process), idle and
     * stolen by the hypervisor. Shows whether a wait for a core was a core held by another
     * process or by the host rather than by this one's threads. Zeros off Linux.
     */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(new File("/proc/stat").toPath()).get(0).trim().split("\\s+");
            long busy = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
            return new long[] {busy, Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]), Long.parseLong(cpu[8])};
        } catch (IOException | RuntimeException notLinux) {
            return new long[3];
        }
    }

    /** The watched threads go by name alone (JavaFX's few renderer threads are added up). */
    private static boolean isWatched(String name) {
        for (String watched : WATCHED) {
            if (name.equals(watched)) {
                return true;
            }
        }
        return false;
    }

    private static Thread named(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElse(null);
    }

    /** A thread's ten innermost frames, on one line. */
    private static String top(String label, Thread thread) {
        if (thread == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("    " + label + ":");
        StackTraceElement[] stack = thread.getStackTrace();
        for (int i = 0; i < Math.min(10, stack.length); i++) {
            text.append(i == 0 ? " " : " < ").append(stack[i].getClassName().replaceAll(".*\\.", ""))
                    .append('.').append(stack[i].getMethodName());
        }
        return text.append(System.lineSeparator()).toString();
    }
}
