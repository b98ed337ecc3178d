package org.stepwise.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the process was doing during one FX-thread stall, for {@link FxStallMeter} with
 * {@code -Dprobe.why=true}: samples of the FX and render threads' stacks while the stall lasts,
 * and on Linux, from each thread's schedstat, how long the FX, render and invoke-later threads
 * waited on a run queue (runnable, but no core free) and which threads were on the cores
 * meanwhile. This is how the stalls were found to be mostly waits for a core, with the JIT
 * compiler and the engine on them (docs/BENCHMARKS.md, "The FX thread while a lesson plays").
 * Sampling costs time itself: count stalls without it. Between stalls it reads the counters
 * without allocating ({@link ProcReader}): read as text, they made the collections it caught.
 */
final class StallWitness {

    private static final String[] WATCHED = {"JavaFX Applicat", "QuantumRenderer", "InvokeLaterDisp"};
    /** New threads are looked for this often; reading the counters of the known ones allocates nothing. */
    private static final long LIST_EVERY_NANOS = 1_000_000_000L;

    /** One thread's schedstat, kept open: nanoseconds on a core and waiting on a run queue. */
    private static final class Task {
        final String tid;
        /** Its name, or name/tid where names repeat (Linux cuts them at 15 characters). */
        final String key;
        final ProcReader schedstat;
        final long[] before = new long[2];
        final long[] now = new long[2];
        boolean readable;

        Task(String tid, String key, ProcReader schedstat) {
            this.tid = tid;
            this.key = key;
            this.schedstat = schedstat;
        }
    }

    private final Thread fx = named("JavaFX Application Thread");
    private final Thread renderer = named("QuantumRenderer-0");
    private final StringBuilder stacks = new StringBuilder();
    private final List<Task> tasks = new ArrayList<>();
    private final ProcReader machine = open(Path.of("/proc/stat"));
    /** /proc/stat's first line: user, nice, system, idle, iowait, irq, softirq, steal (clock ticks). */
    private final long[] machineBefore = new long[8];
    private final long[] machineNow = new long[8];
    private long listedAt = System.nanoTime() - LIST_EVERY_NANOS;

    StallWitness() {
        reset();
    }

    /** A new stall may begin: forget the last one. */
    void reset() {
        stacks.setLength(0);
        if (System.nanoTime() - listedAt >= LIST_EVERY_NANOS) {
            listTasks();
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            task.readable = task.schedstat.read(task.before);
        }
        if (machine != null) {
            machine.read(machineBefore);
        }
    }

    /** Called every few milliseconds while a posted task waits. */
    void sample(long waitedNanos) {
        stacks.append(String.format("  at +%.0f ms%n", waitedNanos / 1e6)).append(top("FX", fx))
                .append(top("renderer", renderer));
    }

    /** What happened since the last reset, for a stall of this length. */
    String report(long stallNanos) {
        Map<String, long[]> spent = new HashMap<>();
        for (Task task : tasks) {
            if (task.readable && task.schedstat.read(task.now)) {
                spent.merge(task.key, new long[] {task.now[0] - task.before[0], task.now[1] - task.before[1]},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        StringBuilder text = new StringBuilder(String.format("stall of %.0f ms; waits for a core:", stallNanos / 1e6));
        for (String watched : WATCHED) {
            text.append(String.format(" %s %.1f ms,", watched, spent.getOrDefault(watched, new long[2])[1] / 1e6));
        }
        text.append(String.format("%n  on the cores meanwhile:"));
        spent.entrySet().stream().filter(entry -> entry.getValue()[0] > 500_000L)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(entry -> text.append(String.format(" %s %.1f ms,", entry.getKey(), entry.getValue()[0] / 1e6)));
        if (machine != null && machine.read(machineNow)) {
            long[] d = new long[8];
            for (int i = 0; i < d.length; i++) {
                d[i] = machineNow[i] - machineBefore[i];
            }
            text.append(String.format("%n  the machine meanwhile (all cores, ms): busy %d, idle %d, stolen by the host %d",
                    (d[0] + d[1] + d[2] + d[5] + d[6]) * 10, (d[3] + d[4]) * 10, d[7] * 10));
        }
        return text.append(String.format("%n")).append(stacks).toString();
    }

    /** Opens the threads that started since the last look and closes those that ended. Empty off Linux. */
    private void listTasks() {
        listedAt = System.nanoTime();
        tasks.removeIf(task -> {
            boolean ended = !task.readable && !task.schedstat.read(task.now);
            if (ended) {
                task.schedstat.close();
            }
            return ended;
        });
        File[] found = new File("/proc/self/task").listFiles();
        for (File dir : found == null ? new File[0] : found) {
            String tid = dir.getName();
            if (tasks.stream().anyMatch(task -> task.tid.equals(tid))) {
                continue;
            }
            try {
                String name = Files.readString(dir.toPath().resolve("comm")).trim();
                ProcReader schedstat = open(dir.toPath().resolve("schedstat"));
                if (schedstat != null) {
                    tasks.add(new Task(tid, isWatched(name) ? name : name + "/" + tid, schedstat));
                }
            } catch (IOException endedMeanwhile) {
                // the thread ended while being looked at
            }
        }
    }

    private static ProcReader open(Path file) {
        try {
            return new ProcReader(file);
        } catch (IOException | RuntimeException notLinux) {
            return null;
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
