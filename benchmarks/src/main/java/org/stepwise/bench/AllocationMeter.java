package org.stepwise.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * How much the threads allocate while a lesson plays, and how many collections that costs.
 * Garbage is how a lesson's play reaches the collector: each cycle takes a core from the frames
 * for tens of milliseconds, and with Shenandoah's short uncommit delay (linux-jlink.args) the
 * heap it grew is handed back a second later, by one thread, in one go of 10 to 30 ms
 * (docs/BENCHMARKS.md, "Garbage"). The counts are exact (HotSpot's per-thread allocation
 * counters), unlike a profiler's samples, and cost nothing while the lesson plays.
 */
final class AllocationMeter {

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private Map<Long, Long> before = Map.of();
    private long startNanos;
    private long cyclesBefore;
    private String report = "allocated while playing: not measured";

    void start() {
        before = allocatedByThread();
        cyclesBefore = collections();
        startNanos = System.nanoTime();
    }

    void stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<Long, Long> after = allocatedByThread();
        Map<String, Long> byName = new HashMap<>();
        long total = 0;
        for (Map.Entry<Long, Long> entry : after.entrySet()) {
            long bytes = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
            var info = threads.getThreadInfo(entry.getKey());
            if (info != null && bytes > 0) {
                byName.merge(info.getThreadName(), bytes, Long::sum);
                total += bytes;
            }
        }
        StringBuilder text = new StringBuilder(String.format(
                "allocated while playing: %.2f MB/s; collections %d", total / 1e6 / seconds, collections() - cyclesBefore));
        byName.entrySet().stream().filter(entry -> entry.getValue() / seconds > 10_000)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(entry -> text.append(String.format("%n  %s %.2f MB/s", entry.getKey(), entry.getValue() / 1e6 / seconds)));
        report = text.toString();
    }

    String report() { return report; }

    private Map<Long, Long> allocatedByThread() {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> result = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                result.put(ids[i], bytes[i]);
            }
        }
        return result;
    }

    /** Collector cycles so far: Shenandoah counts its concurrent cycles apart from its pauses; those are what cost a core. */
    private static long collections() {
        long cycles = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!collector.getName().contains("Pauses")) {
                cycles += Math.max(0, collector.getCollectionCount());
            }
        }
        return cycles;
    }
}
