package org.stepwise.viz.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Draws the optimizers' paths over a loss surface with Java2D, in the plot's layout coordinates:
 * a star on each known minimum, under the paths (an optimizer that reached one stays visible);
 * each path as a polyline over a halo (dashed when it diverged) with its points as small
 * markers while there are few, the shortest line on top; then, over every line, each current
 * point as a large marker of the path's own shape ({@link Markers}: shape tells paths apart
 * where colour cannot, and markers at one point all keep their outline) with an arrow along
 * −∇f; and, unless the view shows its own, a legend ({@link PlotLegend}) in the corner of the
 * plot that no drawn point falls in. Colours come from the {@link SurfaceMap}. It draws what it
 * is given and keeps no state, so one {@link PathPainter} can call it from its painter thread
 * and the FX thread alike.
 */
final class RacePicture {

    /** JavaFX's default cap; bevel joins, since a zig-zag's miter spikes would be up to ten line widths long. */
    private static final Stroke HALO_STROKE = new BasicStroke(5, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_BEVEL);
    private static final Stroke LINE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_BEVEL);
    /**
     * The dashes of a path that diverged, one phase per colour in turn: optimizers that ran away
     * together (GD, Momentum and Nesterov leave Rosenbrock's start along one line) draw their
     * dashes between each other's, so each colour shows on the common line.
     */
    private static final Stroke[] DASHED_STROKES = new Stroke[3];

    static {
        for (int i = 0; i < DASHED_STROKES.length; i++) {
            DASHED_STROKES[i] = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10,
                    new float[] {10, 20}, 10 * i);
        }
    }
    private static final Stroke MARKER_HALO = new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke MARKER_LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke STAR_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
    /** A path's points are marked only while at most this many are drawn. */
    private static final int MAX_DOTS = 300;
    private static final double ARROW_LENGTH = 46;
    /** The current point's marker: the area of a circle of this radius. */
    static final double MARKER_RADIUS = 10;
    /** The marker of each drawn point along a path. */
    private static final double POINT_RADIUS = 3.2;
    /** The least distance in pixels between two marked points of one path. */
    private static final double POINT_SPACING = 9;
    /** Opacity of a current marker's fill: fills that overlap still show each colour. */
    private static final int MARKER_FILL_ALPHA = 90;

    private RacePicture() {
    }

    /**
     * Draws {@code paths} with at most about {@code drawnPoints} points each. {@code clip} is the
     * plot with a margin for the lines' width: what lies beyond it is not drawn (a path that ran
     * away to 1e200 costs no more than one that stayed). {@code ink} is the axes' colour: light on
     * a dark theme, where the legend's box is dark too. The legend's type is {@code typeScale}
     * times its usual 16 px; it is drawn only when {@code legend} is true.
     */
    static void draw(Graphics2D g, List<double[]> minima, List<? extends ContourPathView.Path> paths,
                     PlotTransform transform, SegmentClip clip, int drawnPoints, Color ink, double typeScale,
                     SurfaceMap map, boolean legend) {
        for (double[] minimum : minima) {
            star(g, transform.toPixelX(minimum[0]), transform.toPixelY(minimum[1]));
        }
        Shapes shapes = new Shapes();
        Color halo = new Color(map.haloArgb(), true);
        // A diverged path's halo before any line: it would hide the dashes of another that ran
        // away along the same line. A path that converged keeps its halo just under it, which
        // sets it off from the paths drawn before it where they run side by side.
        Path2D.Double[] lines = new Path2D.Double[paths.size()];
        g.setColor(halo);
        g.setStroke(HALO_STROKE);
        for (int i = 0; i < lines.length; i++) {
            ContourPathView.Path path = paths.get(i);
            lines[i] = new Path2D.Double();
            if (path.length() > 0) {
                polyline(path, stride(path, drawnPoints), transform, clip, lines[i]);
                if (path.diverged()) {
                    g.draw(lines[i]);
                }
            }
        }
        // The longest line lowest, the shortest on top: a line that covers much of the picture
        // (a zig-zag band, a wide overshoot) would hide a short one, which drawn over it hides
        // little of it. Gradient descent's first step, which Momentum and Nesterov take too before
        // going further, stays visible; so does Adam inside RMSprop's zig-zag band.
        Integer[] order = drawingOrder(paths, transform, drawnPoints);
        for (int i : order) {
            if (!paths.get(i).diverged()) {
                g.setColor(halo);
                g.setStroke(HALO_STROKE);
                g.draw(lines[i]);
            }
            drawPath(g, paths.get(i), lines[i], transform, clip, drawnPoints, shapes, map);
        }
        // The current points in layers, each over all of the one before: arrows, halos, fills,
        // outlines. Markers that meet (three optimizers converged to one minimum) each keep their
        // whole outline; no marker's halo or fill covers another's.
        for (int layer = 0; layer < 4; layer++) {
            for (int i : order) {
                drawCurrent(g, paths.get(i), layer, transform, clip, shapes, map, halo);
            }
        }
        if (legend && !paths.isEmpty()) {
            PlotLegend.draw(g, paths, transform, clip, drawnPoints, ink, typeScale, map);
        }
    }

    /** The shapes reused for every marker of one picture. */
    private static final class Shapes {
        final Path2D.Double marker = new Path2D.Double();
        final Ellipse2D.Double dot = new Ellipse2D.Double();
        final Line2D.Double line = new Line2D.Double();
    }

    /** The paths' indices from the longest drawn line to the shortest (ties in the given order). */
    static Integer[] drawingOrder(List<? extends ContourPathView.Path> paths, PlotTransform transform,
                                  int drawnPoints) {
        double[] lengths = new double[paths.size()];
        Integer[] order = new Integer[paths.size()];
        for (int p = 0; p < order.length; p++) {
            ContourPathView.Path path = paths.get(p);
            int stride = stride(path, drawnPoints);
            double length = 0;
            for (int i = stride; i < path.length(); i += stride) {
                double step = Math.hypot(transform.toPixelX(path.x(i)) - transform.toPixelX(path.x(i - stride)),
                        transform.toPixelY(path.y(i)) - transform.toPixelY(path.y(i - stride)));
                // A step that ran off to 1e200 counts as long, not as infinite or NaN.
                length += Double.isFinite(step) ? step : 1e12;
            }
            lengths[p] = length;
            order[p] = p;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(lengths[b], lengths[a]));
        return order;
    }

    static int stride(ContourPathView.Path path, int drawnPoints) {
        return Math.max(1, path.length() / drawnPoints);
    }

    /** A path's line (over its halo) and, while there are few, its points. */
    private static void drawPath(Graphics2D g, ContourPathView.Path path, Path2D.Double line, PlotTransform transform,
                                 SegmentClip clip, int drawnPoints, Shapes shapes, SurfaceMap map) {
        int length = path.length();
        if (length == 0) {
            return;
        }
        g.setColor(new Color(map.pathArgb(path.colorIndex()), true));
        g.setStroke(path.diverged() ? DASHED_STROKES[Math.floorMod(path.colorIndex(), DASHED_STROKES.length)]
                : LINE_STROKE);
        g.draw(line);
        int stride = stride(path, drawnPoints);
        if (length / stride <= MAX_DOTS) {
            // A point closer than POINT_SPACING to the last one marked is left out: small steps
            // (RMSprop down Rosenbrock's valley) made a solid band that hid the paths beside it.
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = 0; i < length; i += stride) {
                double px = transform.toPixelX(path.x(i));
                double py = transform.toPixelY(path.y(i));
                if (clip.contains(px, py) && !(Math.hypot(px - lastX, py - lastY) < POINT_SPACING)) {
                    Markers.shape(shapes.marker, path.colorIndex(), px, py, POINT_RADIUS);
                    g.fill(shapes.marker);
                    lastX = px;
                    lastY = py;
                }
            }
        }
    }

    /**
     * One layer of the current point: 0 the arrow along −∇f, 1 the marker's halo, 2 its
     * translucent fill, 3 its outline in the path's own shape and a dot on the point itself.
     */
    private static void drawCurrent(Graphics2D g, ContourPathView.Path path, int layer, PlotTransform transform,
                                    SegmentClip clip, Shapes shapes, SurfaceMap map, Color halo) {
        int length = path.length();
        if (length == 0) {
            return;
        }
        double cx = transform.toPixelX(path.x(length - 1));
        double cy = transform.toPixelY(path.y(length - 1));
        if (!clip.contains(cx, cy)) {
            // Ran out of the picture: the line shows where it went; no marker far away.
            return;
        }
        int argb = map.pathArgb(path.colorIndex());
        Markers.shape(shapes.marker, path.colorIndex(), cx, cy, MARKER_RADIUS);
        switch (layer) {
            case 0 -> {
                if (!path.diverged()) {
                    arrow(g, cx, cy, -path.gradientX(), -path.gradientY(), new Color(argb, true), halo, transform,
                            shapes.line);
                }
            }
            case 1 -> {
                g.setColor(halo);
                g.setStroke(MARKER_HALO);
                g.draw(shapes.marker);
            }
            case 2 -> {
                g.setColor(new Color(argb & 0xFFFFFF | MARKER_FILL_ALPHA << 24, true));
                g.fill(shapes.marker);
            }
            default -> {
                g.setColor(new Color(argb, true));
                g.setStroke(MARKER_LINE);
                g.draw(shapes.marker);
                shapes.dot.setFrame(cx - 3, cy - 3, 6, 6);
                g.fill(shapes.dot);
            }
        }
    }

    /**
     * The polyline through every {@code stride}-th point and the last, clipped segment by segment,
     * into {@code out}.
     */
    private static void polyline(ContourPathView.Path path, int stride, PlotTransform transform, SegmentClip clip,
                                 Path2D.Double out) {
        out.reset();
        int last = path.length() - 1;
        double px = transform.toPixelX(path.x(0));
        double py = transform.toPixelY(path.y(0));
        boolean penDown = false;
        for (int i = Math.min(stride, last); i <= last && last > 0; i = i == last ? last + 1 : Math.min(i + stride, last)) {
            double qx = transform.toPixelX(path.x(i));
            double qy = transform.toPixelY(path.y(i));
            if (clip.clip(px, py, qx, qy)) {
                double[] seg = clip.out;
                if (!penDown || seg[0] != px || seg[1] != py) {
                    out.moveTo(seg[0], seg[1]);
                }
                out.lineTo(seg[2], seg[3]);
                penDown = seg[2] == qx && seg[3] == qy;
            } else {
                penDown = false;
            }
            px = qx;
            py = qy;
        }
    }

    /** An arrow of fixed screen length along the data-space direction (dx, dy). */
    private static void arrow(Graphics2D g, double x, double y, double dx, double dy, Color colour, Color halo,
                              PlotTransform transform, Line2D.Double line) {
        double screenX = dx / transform.domain().width() * transform.width();
        double screenY = -dy / transform.domain().height() * transform.height();
        double norm = Math.hypot(screenX, screenY);
        if (norm < 1e-12) {
            return;
        }
        double ux = screenX / norm;
        double uy = screenY / norm;
        double tipX = x + ux * ARROW_LENGTH;
        double tipY = y + uy * ARROW_LENGTH;
        line.setLine(x, y, tipX, tipY);
        g.setColor(halo);
        g.setStroke(HALO_STROKE);
        g.draw(line);
        g.setColor(colour);
        g.setStroke(LINE_STROKE);
        g.draw(line);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tipX + ux * 10, tipY + uy * 10);
        head.lineTo(tipX - uy * 6, tipY + ux * 6);
        head.lineTo(tipX + uy * 6, tipY - ux * 6);
        head.closePath();
        g.fill(head);
    }

    /** A white five-pointed star outlined in black. */
    private static void star(Graphics2D g, double x, double y) {
        Path2D.Double star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 13 : 5.5;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
            } else {
                star.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
            }
        }
        star.closePath();
        g.setColor(Color.WHITE);
        g.fill(star);
        g.setColor(Color.BLACK);
        g.setStroke(STAR_STROKE);
        g.draw(star);
    }
}
