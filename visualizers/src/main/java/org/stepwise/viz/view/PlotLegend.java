package org.stepwise.viz.view;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * The legend {@link RacePicture} draws in the plot for the views that show none of their own
 * (regularization's coefficient path, the bowl of linear regression's diagnostics): each path's
 * marker and name in a box, in the plot's corner that no drawn point falls in.
 */
final class PlotLegend {

    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    /** The legend's distance from the plot's edges. */
    private static final double LEGEND_INSET = 10;

    private PlotLegend() {
    }

    /** Draws the legend; {@code ink} light means a dark theme, where the box is dark too. */
    static void draw(Graphics2D g, List<? extends ContourPathView.Path> paths, PlotTransform transform,
                     SegmentClip clip, int drawnPoints, Color ink, double typeScale, SurfaceMap map) {
        boolean lightInk = Math.max(ink.getRed(), Math.max(ink.getGreen(), ink.getBlue())) > 127;
        g.setFont(legendFont(typeScale));
        Rectangle2D box = legendBounds(g.getFontMetrics(), paths, transform, clip, drawnPoints, typeScale);
        drawLegend(g, paths, box, lightInk, ink, typeScale, map);
    }

    private static Font legendFont(double typeScale) {
        return LEGEND_FONT.deriveFont((float) (LEGEND_FONT.getSize2D() * typeScale));
    }

    /**
     * Where the legend goes: the first of the plot's corners (top right, top left, bottom right,
     * bottom left) whose box no drawn point of any path falls in, or the one with fewest; a path
     * that ran through the top right no longer runs under the legend. {@code metrics} are the
     * legend font's.
     */
    static Rectangle2D legendBounds(FontMetrics metrics, List<? extends ContourPathView.Path> paths,
                                    PlotTransform transform, SegmentClip clip, int drawnPoints, double typeScale) {
        double textWidth = 0;
        for (ContourPathView.Path path : paths) {
            textWidth = Math.max(textWidth, metrics.getStringBounds(legendName(path), null).getWidth());
        }
        double width = Math.min(transform.width() - 2 * LEGEND_INSET, textWidth + 44 * typeScale);
        double height = 24 * typeScale * paths.size() + 10 * typeScale;
        double left = transform.left() + LEGEND_INSET;
        double right = transform.left() + transform.width() - width - LEGEND_INSET;
        double top = transform.top() + LEGEND_INSET;
        double bottom = transform.top() + transform.height() - height - LEGEND_INSET;
        double[][] corners = {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
        Rectangle2D best = null;
        int fewest = Integer.MAX_VALUE;
        for (double[] corner : corners) {
            Rectangle2D box = new Rectangle2D.Double(corner[0], corner[1], width, height);
            int covered = pointsUnder(box, paths, transform, clip, drawnPoints);
            if (covered < fewest) {
                best = box;
                fewest = covered;
            }
            if (covered == 0) {
                break;
            }
        }
        return best;
    }

    /**
     * How many drawn points (every stride-th and the last, as RacePicture draws them) fall
     * in {@code box} grown by a marker's radius, and how many segments between them cross it.
     */
    private static int pointsUnder(Rectangle2D box, List<? extends ContourPathView.Path> paths,
                                   PlotTransform transform, SegmentClip clip, int drawnPoints) {
        double margin = RacePicture.MARKER_RADIUS;
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - margin, box.getY() - margin,
                box.getWidth() + 2 * margin, box.getHeight() + 2 * margin);
        int count = 0;
        for (ContourPathView.Path path : paths) {
            int last = path.length() - 1;
            int stride = RacePicture.stride(path, drawnPoints);
            double px = Double.NaN;
            double py = Double.NaN;
            for (int i = 0; i <= last; i = i == last ? last + 1 : Math.min(i + stride, last)) {
                double qx = transform.toPixelX(path.x(i));
                double qy = transform.toPixelY(path.y(i));
                if (grown.contains(qx, qy)) {
                    count++;
                } else if (i > 0 && clip.clip(px, py, qx, qy)) {
                    double[] seg = clip.out;
                    if (grown.intersectsLine(seg[0], seg[1], seg[2], seg[3])) {
                        count++;
                    }
                }
                px = qx;
                py = qy;
            }
        }
        return count;
    }

    /** Name and marker of each path in {@code box}, in the theme's colours. */
    private static void drawLegend(Graphics2D g, List<? extends ContourPathView.Path> paths, Rectangle2D box,
                                   boolean lightInk, Color ink, double typeScale, SurfaceMap map) {
        double rowHeight = 24 * typeScale;
        FontMetrics metrics = g.getFontMetrics();
        double x = box.getX();
        double y = box.getY();
        g.setColor(lightInk ? new Color(22, 27, 34, 224) : new Color(255, 255, 255, 224));
        g.fill(new RoundRectangle2D.Double(x, y, box.getWidth(), box.getHeight(), 8, 8));
        Color text = lightInk ? ink : new Color(30, 30, 30);
        // Text centred on its row, as JavaFX's VPos.CENTER baseline did.
        double baselineShift = (metrics.getAscent() - metrics.getDescent()) / 2.0;
        Path2D.Double marker = new Path2D.Double();
        for (int i = 0; i < paths.size(); i++) {
            ContourPathView.Path path = paths.get(i);
            double rowY = y + 5 * typeScale + rowHeight * (i + 0.5);
            g.setColor(new Color(map.pathArgb(path.colorIndex()), true));
            Markers.shape(marker, path.colorIndex(), x + 17 * typeScale, rowY, 6.5 * typeScale);
            g.fill(marker);
            g.setColor(text);
            g.drawString(legendName(path), (float) (x + 32 * typeScale), (float) (rowY + baselineShift));
        }
    }

    private static String legendName(ContourPathView.Path path) {
        return path.name() + (path.diverged() ? " ✗" : "");
    }
}
