package org.stepwise.bench;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Which nodes ask for a layout pass while a lesson plays (PulseGapProbe with
 * {@code -Dprobe.layout=true}). A changed label, image or slider asks its parent, which asks its
 * own, up to the scene's root, and the next pulse lays the window out again from there; what
 * changes on every frame should not ask (docs/BENCHMARKS.md, "No layout pass from the root on
 * every frame"). Before each pulse's layout pass this counts the deepest parents that need one:
 * the askers, or the parents of an asking image or shape.
 */
final class LayoutAskers {

    private final Map<String, Integer> askers = new TreeMap<>();
    private int pulses;
    private volatile boolean counting;

    void watch(Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            if (counting) {
                pulses++;
                collect(scene.getRoot(), "");
            }
        });
    }

    void start() { counting = true; }

    void stop() { counting = false; }

    /** One line per asker: in how many of the pulses counted it asked, and where it sits. */
    String report() {
        StringBuilder lines = new StringBuilder(String.format("layout askers in %d pulses while playing:", pulses));
        askers.forEach((where, count) -> lines.append(String.format("%n  %5d  %s", count, where)));
        return lines.toString();
    }

    private void collect(Node node, String parentName) {
        if (!(node instanceof Parent parent) || !parent.isNeedsLayout()) {
            return;
        }
        boolean childAsks = false;
        for (Node child : parent.getChildrenUnmodifiable()) {
            childAsks |= child instanceof Parent p && p.isNeedsLayout();
        }
        String name = node.getClass().getSimpleName();
        if (!childAsks) {
            askers.merge(parentName + " > " + name + " " + node.getStyleClass(), 1, Integer::sum);
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            collect(child, name);
        }
    }
}
