package org.stepwise.viz.lessons.tree;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.ensemble.RandomForestSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.OverlayPen;

/**
 * A tree's bootstrap sample drawn over the forest's plane: each point left out of the sample (out
 * of bag) veiled and ringed, each drawn three times or more labelled ×3, ×4… (twice is too common
 * to label: a quarter of the points); and a caption with the tree's number and the sample's
 * counts, or the forest's scores.
 */
final class BootstrapOverlay {

    private BootstrapOverlay() {
    }

    static void draw(OverlayPen pen, RandomForestSnapshot s, Dataset data) {
        // The grown forest is shown clean; while it grows, the newest sample is drawn over it.
        if (s.hasSample() && data.size() == s.rows() && !s.status().isFinal()) {
            Color veil = pen.paper().deriveColor(0, 1, 1, 0.7);
            for (int i = 0; i < data.size(); i++) {
                int drawn = s.timesDrawn(i);
                if (drawn == 0) {
                    // Veiled: this tree never sees the point.
                    pen.dot(data.feature(i, 0), data.feature(i, 1), 8, veil);
                } else if (drawn > 2) {
                    pen.label(data.feature(i, 0), data.feature(i, 1), "×" + drawn, pen.ink(), 11);
                }
            }
        }
        pen.caption(16, caption(s));
    }

    static String[] caption(RandomForestSnapshot s) {
        int trees = s.forest().treeCount();
        if (s.event() == RandomForestSnapshot.Event.DRAWN) {
            int in = s.inBagRows();
            return new String[] {String.format(Locale.ROOT, "Tree %d's sample: %d of %d points", trees + 1, in,
                    s.rows()), String.format(Locale.ROOT, "%d out of bag (pale), ×k: drawn k times",
                    s.rows() - in)};
        }
        if (trees == 0) {
            return new String[] {"No trees yet: step to draw the first sample"};
        }
        String scores = String.format(Locale.ROOT, "training %.1f%%", 100 * s.accuracy());
        if (!Double.isNaN(s.oobScore())) {
            scores += String.format(Locale.ROOT, "   out of bag %.1f%%", 100 * s.oobScore());
        }
        return new String[] {String.format(Locale.ROOT, "%d %s, probabilities averaged", trees,
                trees == 1 ? "tree" : "trees"), scores};
    }
}
