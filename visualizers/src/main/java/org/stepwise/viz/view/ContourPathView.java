package org.stepwise.viz.view;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Surface;

/**
 * A loss surface as filled contours ({@link SurfaceRaster}, painted only when the surface or
 * the size changes) with paths drawn over it: one polyline per optimizer in its colour, the
 * current point, an arrow along −∇f at it, a star on each known minimum, and a legend. A
 * click on the surface reports its coordinates (to move the start point).
 */
public final class ContourPathView extends Region {

    /** One path to draw, read through primitives so no copy is needed. */
    public interface Path {
        String name();

        int colorIndex();

        int length();

        double x(int index);

        double y(int index);

        double gradientX();

        double gradientY();

        /** True when the optimizer ran away; drawn dashed, without an arrow. */
        boolean diverged();
    }

    private static final int RESOLUTION = 320;
    private static final int MAX_DRAWN_POINTS = 500;
    /**
     * Points per path while a lesson plays fast. Zig-zag paths (adaptive optimizers on
     * Rastrigin) cost the software rasterizer in proportion to their crossings per scan line;
     * at 500 points seven of them took over a second to draw, at 60 about a tenth of that.
     */
    private static final int DRAFT_DRAWN_POINTS = 60;
    private static final Font LEGEND_FONT = Font.font("System", FontWeight.BOLD, 16);

    /** Axes and minima: redrawn only when the surface, the size or the ink changes. */
    private final Canvas frame = new Canvas();
    /** Paths and legend: redrawn for every snapshot shown. */
    private final Canvas canvas = new Canvas();
    /** The filled contours, scaled to the plot's device pixels (see ScreenImage for why). */
    private final ScreenImage contours = new ScreenImage();
    private final SurfaceRaster raster = new SurfaceRaster(RESOLUTION, RESOLUTION);
    private final Text measure = new Text();
    private Surface surface;
    private List<double[]> minima = List.of();
    private Surface paintedSurface;
    private boolean paintedShaded;
    /** The frame layer and the clip box need drawing again: surface, minima, ink or size changed. */
    private boolean frameStale = true;
    /** The plot with a margin, for this layout: what may be drawn of a path. */
    private SegmentClip clip;
    private boolean shaded = true;
    private int drawnPoints = MAX_DRAWN_POINTS;
    private List<? extends Path> paths = List.of();
    private PlotTransform transform;
    private BiConsumer<Double, Double> onPick;
    private Color ink = Color.rgb(40, 40, 40);

    public ContourPathView() {
        contours.view().setVisible(true);
        frame.setMouseTransparent(true);
        getChildren().addAll(contours.view(), frame, canvas);
        getStyleClass().add("contour-path-view");
        setMinSize(240, 200);
        setPrefSize(720, 560);
        canvas.setOnMouseClicked(event -> {
            if (onPick != null && transform != null && transform.containsPixel(event.getX(), event.getY())) {
                onPick.accept(transform.toDataX(event.getX()), transform.toDataY(event.getY()));
            }
        });
    }

    /** The surface and its known minima (starred); repainted only when it changes. */
    public void setSurface(Surface newSurface, List<double[]> newMinima) {
        show(newSurface, newMinima, paths);
    }

    public void setPaths(List<? extends Path> newPaths) {
        show(surface, minima, newPaths);
    }

    /** Surface, minima and paths at once, drawn once. */
    public void show(Surface newSurface, List<double[]> newMinima, List<? extends Path> newPaths) {
        if (newSurface != surface || !samePoints(newMinima, minima)) {
            frameStale = true;
        }
        surface = newSurface;
        minima = List.copyOf(newMinima);
        paths = List.copyOf(newPaths);
        redraw();
    }

    /** Fewer points per path while a lesson plays fast; all again (redrawn) when it stops. */
    public void setDraft(boolean draft) {
        int wanted = draft ? DRAFT_DRAWN_POINTS : MAX_DRAWN_POINTS;
        if (wanted != drawnPoints) {
            drawnPoints = wanted;
            if (!draft) {
                redraw();
            }
        }
    }

    public void setShaded(boolean value) {
        shaded = value;
        redraw();
    }

    /** Told the data coordinates of a click on the surface. */
    public void setOnPick(BiConsumer<Double, Double> listener) { onPick = listener; }

    public void setInk(Color newInk) {
        ink = newInk;
        frameStale = true;
        redraw();
    }

    public PlotTransform transform() { return transform; }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            for (Canvas layer : List.of(frame, canvas)) {
                layer.setWidth(getWidth());
                layer.setHeight(getHeight());
            }
            frameStale = true;
            redraw();
        }
    }

    public void redraw() {
        if (surface == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        transform = Axes.layout(surface.domain(), getWidth(), getHeight());
        contours.place(transform.left(), transform.top(), transform.width(), transform.height());
        if (surface != paintedSurface || shaded != paintedShaded) {
            raster.paint(surface, surface.domain(), shaded);
            contours.show(raster.pixels(), RESOLUTION, RESOLUTION);
            paintedSurface = surface;
            paintedShaded = shaded;
        }
        if (frameStale) {
            double margin = 20;
            clip = new SegmentClip(transform.left() - margin, transform.top() - margin,
                    transform.left() + transform.width() + margin, transform.top() + transform.height() + margin);
            drawFrame();
            frameStale = false;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.save();
        g.beginPath();
        g.rect(transform.left(), transform.top(), transform.width(), transform.height());
        g.clip();
        for (Path path : paths) {
            drawPath(g, path);
        }
        g.restore();
        drawLegend(g);
    }

    private static boolean samePoints(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Axes and the minima's stars, on their own layer: drawing them every frame costs the renderer. */
    private void drawFrame() {
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, frame.getWidth(), frame.getHeight());
        Axes.draw(g, transform, "x", "y", ink);
        g.save();
        g.beginPath();
        g.rect(transform.left(), transform.top(), transform.width(), transform.height());
        g.clip();
        for (double[] minimum : minima) {
            star(g, transform.toPixelX(minimum[0]), transform.toPixelY(minimum[1]));
        }
        g.restore();
    }

    private void drawPath(GraphicsContext g, Path path) {
        int length = path.length();
        if (length == 0) {
            return;
        }
        Color colour = ColorMaps.classColor(path.colorIndex());
        int stride = Math.max(1, length / drawnPoints);
        g.setStroke(Color.WHITE);
        g.setLineWidth(5);
        g.setLineDashes();
        // Bevel joins: a zig-zag's miter spikes would be up to ten line widths long.
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.BEVEL);
        strokePolyline(g, path, stride);
        g.setStroke(colour);
        g.setLineWidth(2.5);
        if (path.diverged()) {
            g.setLineDashes(8, 6);
        }
        strokePolyline(g, path, stride);
        g.setLineDashes();
        SegmentClip box = clip;
        if (length / stride <= 300) {
            g.setFill(colour);
            for (int i = 0; i < length; i += stride) {
                double px = transform.toPixelX(path.x(i));
                double py = transform.toPixelY(path.y(i));
                if (box.contains(px, py)) {
                    g.fillOval(px - 2.5, py - 2.5, 5, 5);
                }
            }
        }
        double cx = transform.toPixelX(path.x(length - 1));
        double cy = transform.toPixelY(path.y(length - 1));
        if (!box.contains(cx, cy)) {
            // Ran out of the picture: the line shows where it went; no marker far away.
            return;
        }
        if (!path.diverged()) {
            arrow(g, cx, cy, -path.gradientX(), -path.gradientY(), colour);
        }
        g.setFill(colour);
        g.fillOval(cx - 8, cy - 8, 16, 16);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.5);
        g.strokeOval(cx - 8, cy - 8, 16, 16);
    }

    /**
     * The polyline through every {@code stride}-th point and the last, clipped to the plot
     * (with a margin for the line's width), so a path that ran far away costs no more to draw
     * than one that stayed.
     */
    private void strokePolyline(GraphicsContext g, Path path, int stride) {
        SegmentClip box = clip;
        g.beginPath();
        int last = path.length() - 1;
        double px = transform.toPixelX(path.x(0));
        double py = transform.toPixelY(path.y(0));
        boolean penDown = false;
        for (int i = Math.min(stride, last); i <= last && last > 0; i = i == last ? last + 1 : Math.min(i + stride, last)) {
            double qx = transform.toPixelX(path.x(i));
            double qy = transform.toPixelY(path.y(i));
            if (box.clip(px, py, qx, qy)) {
                double[] seg = box.out;
                if (!penDown || seg[0] != px || seg[1] != py) {
                    g.moveTo(seg[0], seg[1]);
                }
                g.lineTo(seg[2], seg[3]);
                penDown = seg[2] == qx && seg[3] == qy;
            } else {
                penDown = false;
            }
            px = qx;
            py = qy;
        }
        g.stroke();
    }

    /** An arrow of fixed screen length along the data-space direction (dx, dy). */
    private void arrow(GraphicsContext g, double x, double y, double dx, double dy, Color colour) {
        double screenX = dx / transform.domain().width() * transform.width();
        double screenY = -dy / transform.domain().height() * transform.height();
        double norm = Math.hypot(screenX, screenY);
        if (norm < 1e-12) {
            return;
        }
        double length = 46;
        double ux = screenX / norm;
        double uy = screenY / norm;
        double tipX = x + ux * length;
        double tipY = y + uy * length;
        g.setStroke(Color.WHITE);
        g.setLineWidth(5);
        g.strokeLine(x, y, tipX, tipY);
        g.setStroke(colour);
        g.setLineWidth(2.5);
        g.strokeLine(x, y, tipX, tipY);
        g.setFill(colour);
        g.fillPolygon(new double[] {tipX + ux * 10, tipX - uy * 6, tipX + uy * 6},
                new double[] {tipY + uy * 10, tipY + ux * 6, tipY - ux * 6}, 3);
    }

    private static void star(GraphicsContext g, double x, double y) {
        double[] px = new double[10];
        double[] py = new double[10];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 13 : 5.5;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            px[i] = x + radius * Math.cos(angle);
            py[i] = y + radius * Math.sin(angle);
        }
        g.setFill(Color.WHITE);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.5);
        g.fillPolygon(px, py, 10);
        g.strokePolygon(px, py, 10);
    }

    private void drawLegend(GraphicsContext g) {
        if (paths.isEmpty()) {
            return;
        }
        double rowHeight = 24;
        measure.setFont(LEGEND_FONT);
        double textWidth = 0;
        for (Path path : paths) {
            measure.setText(legendName(path));
            textWidth = Math.max(textWidth, measure.getLayoutBounds().getWidth());
        }
        double boxWidth = Math.min(transform.width() - 20, textWidth + 44);
        double x = transform.left() + transform.width() - boxWidth - 10;
        double y = transform.top() + 10;
        // A box in the theme's colours: white with dark text, or, when the ink is light (dark theme), the reverse.
        boolean lightInk = ink.getBrightness() > 0.5;
        g.setFill(lightInk ? Color.rgb(22, 27, 34, 0.88) : Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(x, y, boxWidth, rowHeight * paths.size() + 10, 8, 8);
        Color text = lightInk ? ink : Color.rgb(30, 30, 30);
        g.setFont(LEGEND_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            double rowY = y + 5 + rowHeight * (i + 0.5);
            g.setFill(ColorMaps.classColor(path.colorIndex()));
            g.fillOval(x + 10, rowY - 7, 14, 14);
            g.setFill(text);
            g.fillText(legendName(path), x + 32, rowY);
        }
    }

    private static String legendName(Path path) {
        return path.name() + (path.diverged() ? " ✗" : "");
    }
}
