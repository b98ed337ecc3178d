package org.stepwise.viz.lessons.cluster;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.cluster.EmStep;
import org.stepwise.algo.cluster.GmmSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.view.CentroidTrails;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.OverlayPen;

/**
 * What a Gaussian mixture draws over its points: each point whose responsibilities are split
 * (no component above {@value #CLEAR}) as a disc in the blend of the components' colours weighted
 * by its γ, each component's 1σ and 2σ ellipses in its colour, the means with their trails
 * ({@link CentroidTrails}), and a caption naming the half-step and the log-likelihood.
 */
final class GmmOverlay {

    /** A point whose largest responsibility is at least this keeps its component's colour on the points' layer. */
    static final double CLEAR = 0.98;
    /** Blended discs drawn at most: past this many, the field under the points shows the blend. */
    static final int MOST_BLENDS = 2000;

    private GmmOverlay() {
    }

    /** Draws {@code s} over the plane's points, where the engine's row i is the plane's row {@code rowOf[i]}. */
    static void draw(OverlayPen pen, GmmSnapshot s, Dataset plane, int[] rowOf) {
        int blends = 0;
        for (int i = 0; i < s.pointCount() && blends < MOST_BLENDS; i++) {
            Color blend = blend(s, i);
            if (blend != null) {
                pen.dot(plane.feature(rowOf[i], 0), plane.feature(rowOf[i], 1), 6, blend);
                blends++;
            }
        }
        Color ink = pen.ink();
        for (int c = 0; c < s.componentCount(); c++) {
            double sxx = s.covariance(c, 0, 0);
            double sxy = s.covariance(c, 0, 1);
            double syy = s.covariance(c, 1, 1);
            Color colour = ColorMaps.classColor(c);
            for (int sigma = 1; sigma <= 2; sigma++) {
                double width = sigma == 1 ? 4 : 2.5;
                pen.ellipse(s.mean(c, 0), s.mean(c, 1), sxx, sxy, syy, sigma, ink, width + 2.5);
                pen.ellipse(s.mean(c, 0), s.mean(c, 1), sxx, sxy, syy, sigma, colour, width);
            }
        }
        CentroidTrails.draw(pen, s.componentCount(), s.trailLength(), s::trail);
        pen.caption(17, caption(s));
    }

    /** The γ-weighted mix of the components' colours of point i, or null when one component holds it clearly. */
    static Color blend(GmmSnapshot s, int i) {
        double r = 0;
        double g = 0;
        double b = 0;
        double top = 0;
        for (int c = 0; c < s.componentCount(); c++) {
            double gamma = s.responsibility(i, c);
            Color colour = ColorMaps.classColor(c);
            r += gamma * colour.getRed();
            g += gamma * colour.getGreen();
            b += gamma * colour.getBlue();
            top = Math.max(top, gamma);
        }
        return top >= CLEAR ? null : Color.color(clamp(r), clamp(g), clamp(b));
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }

    private static String[] caption(GmmSnapshot s) {
        String what = switch (s.half()) {
            case START -> "Start: " + s.componentCount() + " Gaussians from the init";
            case EXPECT -> "Iteration " + s.nIter() + ": E-step (responsibilities)";
            case MAXIMIZE -> "Iteration " + s.nIter() + ": M-step (π, μ, Σ)";
            case FINAL_EXPECT -> "Final E-step: labels";
        };
        String likelihood = Double.isNaN(s.lowerBound()) ? ""
                : String.format(Locale.ROOT, "mean log-likelihood %.5g", s.half() == EmStep.FINAL_EXPECT
                        ? s.finalLogLikelihood() : s.lowerBound());
        String plane = s.featureCount() > 2 ? "Fitted on " + s.featureCount() + " features; the plane shows the "
                + "first two (no field)" : "";
        return java.util.stream.Stream.of(what, likelihood, plane).filter(t -> !t.isEmpty()).toArray(String[]::new);
    }
}
