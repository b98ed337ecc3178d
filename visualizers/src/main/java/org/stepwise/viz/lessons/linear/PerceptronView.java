package org.stepwise.viz.lessons.linear;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.stepwise.viz.view.PlotInk;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;
import org.stepwise.algo.linear.PerceptronSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.DraftDrawing;
import org.stepwise.viz.lesson.EditablePoints;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.DecisionBoundaryView;
import org.stepwise.viz.view.OverlayPen;
import org.stepwise.viz.view.PointEditListener;

/**
 * The perceptron's regions over the training points, its line (one per class, one-vs-rest), the
 * sample in focus ringed (green when it was on its side, in ink with the old line dashed when it
 * was a mistake that moved the line), the normal vector w/η from the origin (binary; after a
 * mistake drawn head to tail: old w/η, ±x, new w/η), and the epoch's mistakes so far in the corner.
 */
final class PerceptronView implements LessonView<PerceptronSnapshot>, EditablePoints, DraftDrawing {

    /** A green that reads on both themes and is none of the class colours. */
    static final Color CORRECT = Color.rgb(30, 160, 70);

    private final DecisionBoundaryView view = new DecisionBoundaryView();
    private Dataset shownData;

    PerceptronView() {
        view.setEditable(true);
    }

    @Override
    public Node node() { return view; }

    @Override
    public void show(PerceptronSnapshot snapshot, Dataset data) {
        if (data != shownData) {
            shownData = data;
            view.setData(data);
        }
        boolean plane = snapshot.featureCount() == 2;
        // Before the first sample w = 0: there is no line yet (every score is 0).
        view.setModel(plane && snapshot.step() > 0 ? new PaleRegions(snapshot) : null);
        view.setOverlay(plane && snapshot.step() > 0 ? pen -> draw(pen, snapshot, data) : null);
    }

    private static void draw(OverlayPen pen, PerceptronSnapshot s, Dataset data) {
        // The axes leave the text centred; the labels here start at their point.
        pen.graphics().save();
        pen.graphics().setTextAlign(TextAlignment.LEFT);
        drawLinesAndSample(pen, s, data);
        pen.graphics().restore();
    }

    private static void drawLinesAndSample(OverlayPen pen, PerceptronSnapshot s, Dataset data) {
        Color ink = pen.ink();
        boolean binary = s.outputCount() == 1;
        for (int k = 0; k < s.outputCount(); k++) {
            Color color = binary ? ink : lineColor(pen, s.positiveClass(k));
            double[] old = s.previousLine(k);
            if (s.updated(k) && old != null) {
                dashedLine(pen, old, ink.deriveColor(0, 1, 1, 0.6), 2.5);
            }
            double[] line = s.line(k);
            pen.line(line[0], line[1], line[2], color, s.updated(k) || binary ? 4 : 2.5);
        }
        if (binary) {
            drawWeightVector(pen, s, data);
        }
        // The engine counts training rows; the view draws every row, held-out ones among them.
        int i = s.sample() >= 0 && s.sample() < data.size() - data.heldOutCount() ? data.trainingRow(s.sample()) : -1;
        if (i >= 0) {
            double x = data.feature(i, 0);
            double y = data.feature(i, 1);
            // Each ring on a halo of the other tone, so it reads on any region and any class colour.
            Color halo = PlotInk.halo(ink);
            if (s.mistake()) {
                pen.ring(x, y, 13, halo, 7);
                pen.ring(x, y, 13, ink, 4);
                pen.label(x, y, "mistake: the line moves", ink, 15);
            } else {
                pen.ring(x, y, 13, ink, 7);
                pen.ring(x, y, 13, CORRECT, 4);
                pen.label(x, y, "correct", ink, 15);
            }
        }
        String tally = String.format(Locale.ROOT, "epoch %d: %d %s", s.epochs(), s.mistakes(),
                s.mistakes() == 1 ? "mistake" : "mistakes");
        if (s.lastEpochMistakes() >= 0 && s.positionInEpoch() < s.sampleCount()) {
            tally += String.format(Locale.ROOT, " (epoch %d: %d)", s.epochs() - 1, s.lastEpochMistakes());
        }
        // Pinned to the plot's corner in pixels: placed in data units near the top, the larger
        // presentation type was cut by the plot's edge.
        pen.caption(17, tally);
    }

    /**
     * The normal vector w/η (the sum of the ±x the mistakes added, in the data's own units, whatever
     * η) as an arrow from the origin, pointing to the side the second class is predicted on. After
     * a mistake, head to tail as Bishop's Fig. 4.7 draws it: the old w/η dashed, then ±x from its
     * tip to the new w/η's.
     */
    private static void drawWeightVector(OverlayPen pen, PerceptronSnapshot s, Dataset data) {
        Color ink = pen.ink();
        double eta = s.eta0();
        double[] line = s.line(0);
        double wx = line[1] / eta;
        double wy = line[2] / eta;
        double[] old = s.previousLine(0);
        if (old != null && s.sample() >= 0 && s.sample() < data.size() - data.heldOutCount()) {
            double ox = old[1] / eta;
            double oy = old[2] / eta;
            if (ox != 0 || oy != 0) {
                arrow(pen, 0, 0, ox, oy, ink.deriveColor(0, 1, 1, 0.6), 2.5, true);
            }
            Color added = lineColor(pen, s.sampleLabel());
            arrow(pen, ox, oy, wx, wy, added, 3, false);
            pen.label((ox + wx) / 2, (oy + wy) / 2, s.target(0) > 0 ? "+x" : "−x", added, 15);
        }
        if (wx != 0 || wy != 0) {
            arrow(pen, 0, 0, wx, wy, ink, 3, false);
            pen.label(wx, wy, "w", ink, 17);
        }
    }

    /**
     * A class's colour for a line over the pale regions: darkened on the light theme, as it is on
     * the dark one (where a darkened colour would sink into the dark regions).
     */
    private static Color lineColor(OverlayPen pen, int label) {
        Color color = ColorMaps.classColor(label);
        return pen.ink().getBrightness() > 0.5 ? color : color.darker();
    }

    /** An arrow from (x1, y1) to (x2, y2) in data units, its head a fixed size on screen. */
    private static void arrow(OverlayPen pen, double x1, double y1, double x2, double y2, Color color, double width,
                              boolean dashed) {
        if (dashed) {
            pen.dashedSegment(x1, y1, x2, y2, color, width);
        } else {
            pen.segment(x1, y1, x2, y2, color, width);
        }
        var t = pen.transform();
        double px = t.toPixelX(x2);
        double py = t.toPixelY(y2);
        double dx = px - t.toPixelX(x1);
        double dy = py - t.toPixelY(y1);
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double head = Math.min(14 * pen.scale(), length / 2);
        double ux = dx / length;
        double uy = dy / length;
        var g = pen.graphics();
        g.setFill(color);
        g.fillPolygon(new double[] {px, px - head * ux + head * 0.45 * uy, px - head * ux - head * 0.45 * uy},
                new double[] {py, py - head * uy - head * 0.45 * ux, py - head * uy + head * 0.45 * ux}, 3);
    }

    /** The line a + b·x + c·y = 0 across the plot, dashed: where the line was before this step. */
    private static void dashedLine(OverlayPen pen, double[] line, Color color, double width) {
        double a = line[0];
        double b = line[1];
        double c = line[2];
        Domain d = pen.transform().domain();
        if (Math.abs(c) >= Math.abs(b) && c != 0) {
            pen.dashedSegment(d.xMin(), -(a + b * d.xMin()) / c, d.xMax(), -(a + b * d.xMax()) / c, color, width);
        } else if (b != 0) {
            pen.dashedSegment(-(a + c * d.yMin()) / b, d.yMin(), -(a + c * d.yMax()) / b, d.yMax(), color, width);
        }
    }

    @Override
    public void setDark(boolean dark) {
        view.setDark(dark);
    }

    @Override
    public void setPointEditListener(PointEditListener listener) { view.setPointEditListener(listener); }

    @Override
    public void setDraft(boolean draft) { view.setDraft(draft); }

    /**
     * The perceptron's hard regions (the predicted class has probability 1) painted pale: each
     * value drawn a fraction {@link #STRENGTH} of the way from 1/K towards it, so the points of
     * the region's own class still stand out. Only the shading: the class of every pixel, and so
     * the boundary, is the perceptron's own. Stateless, allocation-free, safe on the grid's threads.
     */
    record PaleRegions(PerceptronSnapshot snapshot) implements ClassProbabilities {

        static final double STRENGTH = 0.45;

        @Override
        public int classCount() { return snapshot.classCount(); }

        @Override
        public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
            snapshot.predictProbabilities(xs, ys, count, out);
            int classes = snapshot.classCount();
            double chance = 1.0 / classes;
            for (int i = 0; i < count * classes; i++) {
                out[i] = chance + STRENGTH * (out[i] - chance);
            }
        }
    }

    /** The underlying view, for tests. */
    DecisionBoundaryView boundaryView() { return view; }
}
