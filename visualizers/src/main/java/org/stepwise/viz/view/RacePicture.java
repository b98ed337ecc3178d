package org.stepwise.viz.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Draws the optimizers' paths over a loss surface with Java2D, in the plot's layout coordinates:
 * a star on each known minimum, under the paths (an optimizer that reached one stays visible);
 * each path as a polyline with a white halo (dashed when it diverged), its points while there
 * are few, the current point as a large dot with an arrow along −∇f; and a legend in the corner.
 * It draws what it is given and keeps no state, so one {@link PathPainter} can call it from its
 * painter thread and the FX thread alike.
 */
final class RacePicture {

    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Color HALO = Color.WHITE;
    /** JavaFX's default cap; bevel joins, since a zig-zag's miter spikes would be up to ten line widths long. */
    private static final Stroke HALO_STROKE = new BasicStroke(5, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_BEVEL);
    private static final Stroke LINE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_BEVEL);
    private static final Stroke DASHED_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_BEVEL,
            10, new float[] {8, 6}, 0);
    private static final Stroke STAR_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
    /** A path's points are dotted only while at most this many are drawn. */
    private static final int MAX_DOTS = 300;
    private static final double ARROW_LENGTH = 46;

    private RacePicture() {
    }

    /**
     * Draws {@code paths} with at most about {@code drawnPoints} points each. {@code clip} is the
     * plot with a margin for the lines' width: what lies beyond it is not drawn (a path that ran
     * away to 1e200 costs no more than one that stayed). {@code ink} is the axes' colour: light on
     * a dark theme, where the legend's box is dark too. The legend's type is {@code typeScale}
     * times its usual 16 px.
     */
    static void draw(Graphics2D g, List<double[]> minima, List<? extends ContourPathView.Path> paths,
                     PlotTransform transform, SegmentClip clip, int drawnPoints, Color ink, double typeScale) {
        for (double[] minimum : minima) {
            star(g, transform.toPixelX(minimum[0]), transform.toPixelY(minimum[1]));
        }
        Shapes shapes = new Shapes();
        for (ContourPathView.Path path : paths) {
            drawPath(g, path, transform, clip, drawnPoints, shapes);
        }
        boolean lightInk = Math.max(ink.getRed(), Math.max(ink.getGreen(), ink.getBlue())) > 127;
        drawLegend(g, paths, transform, lightInk, ink, typeScale);
    }

    /** The shapes reused for every dot and line of one picture. */
    private static final class Shapes {
        final Path2D.Double polyline = new Path2D.Double();
        final Ellipse2D.Double dot = new Ellipse2D.Double();
        final Line2D.Double line = new Line2D.Double();
    }

    private static void drawPath(Graphics2D g, ContourPathView.Path path, PlotTransform transform, SegmentClip clip,
                                 int drawnPoints, Shapes shapes) {
        int length = path.length();
        if (length == 0) {
            return;
        }
        Color colour = new Color(ColorMaps.classArgb(path.colorIndex()), true);
        int stride = Math.max(1, length / drawnPoints);
        polyline(path, stride, transform, clip, shapes.polyline);
        g.setColor(HALO);
        g.setStroke(HALO_STROKE);
        g.draw(shapes.polyline);
        g.setColor(colour);
        g.setStroke(path.diverged() ? DASHED_STROKE : LINE_STROKE);
        g.draw(shapes.polyline);
        if (length / stride <= MAX_DOTS) {
            for (int i = 0; i < length; i += stride) {
                double px = transform.toPixelX(path.x(i));
                double py = transform.toPixelY(path.y(i));
                if (clip.contains(px, py)) {
                    shapes.dot.setFrame(px - 2.5, py - 2.5, 5, 5);
                    g.fill(shapes.dot);
                }
            }
        }
        double cx = transform.toPixelX(path.x(length - 1));
        double cy = transform.toPixelY(path.y(length - 1));
        if (!clip.contains(cx, cy)) {
            // Ran out of the picture: the line shows where it went; no marker far away.
            return;
        }
        if (!path.diverged()) {
            arrow(g, cx, cy, -path.gradientX(), -path.gradientY(), colour, transform, shapes.line);
        }
        shapes.dot.setFrame(cx - 8, cy - 8, 16, 16);
        g.setColor(colour);
        g.fill(shapes.dot);
        g.setColor(HALO);
        g.setStroke(LINE_STROKE);
        g.draw(shapes.dot);
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
    private static void arrow(Graphics2D g, double x, double y, double dx, double dy, Color colour,
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
        g.setColor(HALO);
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

    /** Name and colour of each path in a box at the plot's top right, in the theme's colours. */
    private static void drawLegend(Graphics2D g, List<? extends ContourPathView.Path> paths, PlotTransform transform,
                                   boolean lightInk, Color ink, double typeScale) {
        if (paths.isEmpty()) {
            return;
        }
        double rowHeight = 24 * typeScale;
        g.setFont(LEGEND_FONT.deriveFont((float) (LEGEND_FONT.getSize2D() * typeScale)));
        FontMetrics metrics = g.getFontMetrics();
        double textWidth = 0;
        for (ContourPathView.Path path : paths) {
            textWidth = Math.max(textWidth, metrics.getStringBounds(legendName(path), g).getWidth());
        }
        double boxWidth = Math.min(transform.width() - 20, textWidth + 44 * typeScale);
        double x = transform.left() + transform.width() - boxWidth - 10;
        double y = transform.top() + 10;
        g.setColor(lightInk ? new Color(22, 27, 34, 224) : new Color(255, 255, 255, 224));
        g.fill(new RoundRectangle2D.Double(x, y, boxWidth, rowHeight * paths.size() + 10 * typeScale, 8, 8));
        Color text = lightInk ? ink : new Color(30, 30, 30);
        // Text centred on its row, as JavaFX's VPos.CENTER baseline did.
        double baselineShift = (metrics.getAscent() - metrics.getDescent()) / 2.0;
        for (int i = 0; i < paths.size(); i++) {
            ContourPathView.Path path = paths.get(i);
            double rowY = y + 5 * typeScale + rowHeight * (i + 0.5);
            g.setColor(new Color(ColorMaps.classArgb(path.colorIndex()), true));
            double dot = 14 * typeScale;
            g.fill(new Ellipse2D.Double(x + 10 * typeScale, rowY - dot / 2, dot, dot));
            g.setColor(text);
            g.drawString(legendName(path), (float) (x + 32 * typeScale), (float) (rowY + baselineShift));
        }
    }

    private static String legendName(ContourPathView.Path path) {
        return path.name() + (path.diverged() ? " ✗" : "");
    }
}
