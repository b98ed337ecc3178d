package org.stepwise.viz.lessons.cluster;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.cluster.SpectralSnapshot;
import org.stepwise.algo.cluster.SpectralStage;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.OverlayPen;

/**
 * What the spectral lesson draws over the plane: while the graph is being built (the affinity and
 * Laplacian stages) its edges, a line for each pair with affinity of at least
 * {@value #SHOWN_AFFINITY} (every k-NN edge; the RBF kernel's near pairs), darker for a stronger
 * one; and the stage in the top corner, with the warning when the graph falls apart.
 */
final class SpectralOverlay {

    /** RBF pairs weaker than this are not drawn: every pair of n points is an edge of the RBF graph. */
    static final double SHOWN_AFFINITY = 0.5;
    /** Edges drawn at most (the first in index order), so that a frame stays cheap. */
    static final int MOST_EDGES = 6000;

    private SpectralOverlay() {
    }

    static void draw(OverlayPen pen, SpectralSnapshot s, Dataset plane, int[] rowOf) {
        SpectralStage stage = s.stage();
        if (stage == SpectralStage.AFFINITY || stage == SpectralStage.LAPLACIAN) {
            drawEdges(pen, s, plane, rowOf);
        }
        pen.caption(15, captions(s));
    }

    private static void drawEdges(OverlayPen pen, SpectralSnapshot s, Dataset plane, int[] rowOf) {
        Color ink = pen.ink();
        int n = s.pointCount();
        int drawn = 0;
        for (int i = 0; i < n && drawn < MOST_EDGES; i++) {
            for (int j = i + 1; j < n && drawn < MOST_EDGES; j++) {
                double a = s.affinity(i, j);
                if (a >= SHOWN_AFFINITY) {
                    Color tone = ink.deriveColor(0, 1, 1, 0.15 + 0.35 * a);
                    pen.segment(plane.feature(rowOf[i], 0), plane.feature(rowOf[i], 1), plane.feature(rowOf[j], 0),
                            plane.feature(rowOf[j], 1), tone, 1 + a);
                    drawn++;
                }
            }
        }
    }

    private static String[] captions(SpectralSnapshot s) {
        return switch (s.stage()) {
            case START -> new String[] {"Spectral clustering: step to build the graph"};
            case AFFINITY -> new String[] {s.rbf()
                    ? String.format(Locale.ROOT, "1. Affinity: RBF, γ = %.3g (pairs ≥ 0.5 drawn)", s.gamma())
                    : String.format(Locale.ROOT, "1. Affinity: each point to its %d nearest", s.neighbours())};
            case LAPLACIAN -> s.componentCount() == 1 ? new String[] {"2. Laplacian: the graph is connected"}
                    : new String[] {"2. Laplacian: the graph is NOT connected",
                    s.componentCount() + " separate pieces, coloured"};
            case EIGENVECTORS -> new String[] {"3. Eigenvectors: the points embedded (right)"};
            case KMEANS -> new String[] {s.status().isFinal() ? "4. k-means in the embedding: done"
                    : "4. k-means in the embedding, iteration " + s.kmeans().nIter()};
        };
    }
}
