package org.stepwise.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Scene;

/**
 * The FX thread's own work per frame while a lesson plays: its CPU time from one pulse to the
 * next (animations, CSS, layout, scene sync and the tasks posted in between). A stall is this
 * work plus the time the thread waited for a core or for the renderer; the waiting depends on
 * the machine's scheduler and varies from run to run, the work much less, so a change that
 * takes work off the FX thread shows here in a few runs where stall counts need dozens
 * (docs/BENCHMARKS.md, "The FX thread's work per frame"). Also the render thread's CPU time over
 * the same span: what painting a frame costs Prism (on the software pipeline, rasterising every
 * changed node), for which the FX thread waits when it exceeds the frame. Called on the FX thread only.
 */
final class FxFrameWork {

    /** The first frames of play, reported apart: they run code the JIT has not compiled yet. */
    static final int FIRST_FRAMES = 10;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Long> work = new ArrayList<>();
    /** Of each frame's work, the scene's CSS and layout passes (same index as {@link #work}). */
    private final List<Long> layout = new ArrayList<>();
    /** The render thread's CPU time from one pulse to the next (same index as {@link #work}). */
    private final List<Long> rendering = new ArrayList<>();
    private long renderer = -1;
    private long previousRendering;
    private long previous = -1;
    private long layoutStart;
    private long layoutSoFar;

    /**
     * Also times the scene's CSS and layout passes, which run in each pulse after the animations
     * (where {@link #pulse} is called): the part of a heavy frame that a change of text or state
     * in the controls costs.
     */
    void watch(Scene scene) {
        scene.addPreLayoutPulseListener(() -> layoutStart = threads.getCurrentThreadCpuTime());
        scene.addPostLayoutPulseListener(() -> layoutSoFar += threads.getCurrentThreadCpuTime() - layoutStart);
    }

    /** At each pulse while playing. */
    void pulse() {
        long now = threads.getCurrentThreadCpuTime();
        if (renderer < 0) {
            renderer = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId)
                    .findFirst().orElse(0);
        }
        long rendered = renderer > 0 ? threads.getThreadCpuTime(renderer) : 0;
        if (previous >= 0) {
            work.add(now - previous);
            layout.add(layoutSoFar);
            rendering.add(rendered - previousRendering);
        }
        layoutSoFar = 0;
        previous = now;
        previousRendering = rendered;
    }

    /** Frames whose work exceeded {@code nanos}, as "index:ms", for -Dprobe.series=true. */
    String over(long nanos) {
        StringBuilder series = new StringBuilder(String.format(
                "frames whose FX work exceeded %.0f ms (index: ms, of which CSS and layout):", nanos / 1e6));
        for (int i = 0; i < work.size(); i++) {
            if (work.get(i) > nanos) {
                series.append(String.format(" %d:%.1f (%.1f)", i, work.get(i) / 1e6, layout.get(i) / 1e6));
            }
        }
        return series.toString();
    }

    /** "FX thread's work per frame while playing: ..." with the first frames' worst apart, and its CSS and layout. */
    String report() {
        if (work.isEmpty()) {
            return "FX thread's work per frame while playing: no frames";
        }
        return report("FX thread's work per frame while playing", work) + System.lineSeparator()
                + report("of which CSS and layout", layout) + System.lineSeparator()
                + report("render thread's work per frame while playing", rendering);
    }

    private static String report(String label, List<Long> work) {
        List<Long> first = work.subList(0, Math.min(FIRST_FRAMES, work.size()));
        List<Long> sorted = new ArrayList<>(work);
        Collections.sort(sorted);
        return String.format("%s: %d frames, median %.2f ms, p99 %.2f ms, "
                        + "worst %.2f ms; worst of the first %d frames %.2f ms, their sum %.1f ms",
                label, sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, first.size(), Collections.max(first) / 1e6,
                first.stream().mapToLong(Long::longValue).sum() / 1e6);
    }
}
