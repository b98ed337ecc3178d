package org.stepwise.viz.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;

/**
 * What every plot has, so that a picture supplies only what it draws: the data rectangle and
 * its {@link PlotTransform} (optionally one unit as long on both axes), the axes in the theme's
 * type size ({@link PlotType}), ink and paper for both themes ({@link PlotInk}), draft and full
 * drawing, {@link #drawNow}, a hover hook ({@link PointerListener}), and point editing
 * ({@link PointEditGestures}) for a plot that shows a {@link ScatterLayer}.
 *
 * <p>Two kinds of layer, drawn in this order: one {@link ImageLayer} under everything, painted
 * into a {@link ScreenImage} at the screen's own pixel size (a heatmap or filled contours, painted
 * off the FX thread while a lesson plays fast: {@link FieldLayer}, the optimizer race's paths);
 * then the canvas's layers, each a {@link PlotOverlay} drawing in data coordinates, kept to
 * the plot, over the paper and under the axes ({@link ScatterLayer}, a chart's lines, bars); last, on a
 * canvas of their own, the moving layers ({@link #addMovingLayer}: what a step changes, as a
 * fitted curve) and the lesson's own overlay ({@link #setOverlay}), so that a step that changes
 * only them redraws only them. A new kind of picture is a small layer class and a view that
 * adds it.
 */
public abstract class PlotView extends Region {

    /**
     * Told where the pointer is over the plot, so that a lesson can draw what is under it (a
     * k-nearest-neighbours lesson, the neighbours of the point or place pointed at).
     */
    @FunctionalInterface
    public interface PointerListener {
        /**
         * The pointer is at ({@code x}, {@code y}) in data coordinates, on the point of row
         * {@code row} (-1 for none); NaN, NaN, -1 when it has left the plot.
         */
        void pointerAt(double x, double y, int row);
    }

    /** What paints the image under the canvas: a heatmap, filled contours, a painted picture. */
    public interface ImageLayer {
        /**
         * Places the image over the plot's rectangle (after a layout: a new size or transform).
         * The default places it; a layer that shows a new raster at once may first forget the old.
         */
        default void place(PlotView plot, boolean now) {
            PlotTransform t = plot.transform();
            plot.image().place(t.left(), t.top(), t.width(), t.height());
        }

        /**
         * Paints the image: {@code now} on the FX thread (before a snapshot), else as the layer
         * sees fit (in the background while {@link PlotView#draft()}). Returns false when there
         * is nothing to show (the plot then draws its paper).
         */
        boolean paint(PlotView plot, boolean now);

        /** The theme's paper changed (a heatmap's ground where a model is unsure). */
        default void setPaper(Color paper) {
        }
    }

    /**
     * The one thread that paints every plot's images in the background, behind the frames (one
     * lesson is open at a time): the boundary heatmap's drafts, the optimizer race's pictures.
     */
    static final java.util.concurrent.ExecutorService PAINTER = java.util.concurrent.Executors.newSingleThreadExecutor(
            BackgroundThreads.behindFrames("stepwise-plot-painter"));

    private final Canvas canvas = new Canvas();
    /**
     * The lesson's overlay, on a canvas of its own over the first: a step that changes only the
     * overlay (k-NN's query and its neighbours) redraws only it, and the renderer, which
     * rasterises what a canvas is given anew (in software on a machine without a GPU), leaves
     * the points, axes and names as they were. Lets the pointer through to the canvas below.
     */
    private final Canvas overlayCanvas = new Canvas();
    private final ScreenImage image = new ScreenImage();
    private final PlotType type;
    private final List<PlotOverlay> layers = new ArrayList<>();
    private final List<PlotOverlay> movingLayers = new ArrayList<>();
    private final PointEditGestures edits = new PointEditGestures(this, this::transform, this::pointAt,
            this::redrawCanvas);
    private ImageLayer imageLayer;
    private ScatterLayer points;
    private boolean drawingNow;
    private boolean xTicksShown = true;
    private boolean yTicksShown = true;
    private PlotOverlay overlay = PlotOverlay.NONE;
    private PointerListener pointerListener;
    private Domain domain;
    private PlotTransform transform;
    private String xName = "x";
    private String yName = "y";
    private boolean equalScale;
    private boolean draft;
    private boolean imageShown;
    private boolean holding;
    /** What the setters called inside {@link #change} asked for, drawn once when it ends. */
    private boolean heldRedraw;
    private boolean heldImage;
    private boolean heldCanvas;
    private boolean heldOverlay;
    private Color ink = PlotInk.LIGHT_INK;
    private Color paper = PlotInk.LIGHT_PAPER;

    protected PlotView(String styleClass) {
        overlayCanvas.setMouseTransparent(true);
        getChildren().addAll(image.view(), canvas, overlayCanvas);
        type = new PlotType(getChildren(), this::redraw);
        getStyleClass().add(styleClass);
        setMinSize(240, 200);
        setPrefSize(720, 560);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> pointerLeft());
        edits.attachTo(canvas);
    }

    /** Adds a layer drawn on the canvas over the axes and the layers added before it. */
    protected final void addLayer(PlotOverlay layer) { layers.add(layer); }

    /**
     * Adds a layer that a step changes (a fitted curve and its residuals), drawn over the other
     * layers, under the lesson's overlay, on the overlay's canvas: {@link #redrawMoving} redraws
     * it without the axes and points below.
     */
    protected final void addMovingLayer(PlotOverlay layer) { movingLayers.add(layer); }

    /** The layer painted into the image under the canvas; null for none (paper). */
    protected final void setImageLayer(ImageLayer layer) { imageLayer = layer; }

    /** The points the pointer hovers and the edits move: called by {@link ScatterLayer}'s constructor. */
    final void usePoints(ScatterLayer layer) { points = layer; }

    // ---- what a lesson sets ----

    /**
     * What the lesson draws over everything else, in data coordinates; {@link PlotOverlay#NONE}
     * for nothing. Redraws the canvas, not the image.
     */
    public void setOverlay(PlotOverlay newOverlay) {
        overlay = newOverlay == null ? PlotOverlay.NONE : newOverlay;
        redrawMoving();
    }

    /** Shows this rectangle of the data plane; null computes it from what the plot shows ({@link #defaultDomain}). */
    public void setDomain(Domain newDomain) {
        Domain shown = newDomain != null ? newDomain : defaultDomain();
        if (!shown.equals(domain)) {
            domain = shown;
            redraw();
        }
    }

    public Domain domain() { return domain; }

    /** Sets the domain without drawing (a subclass about to draw anyway). */
    protected final void useDomain(Domain newDomain) { domain = newDomain; }

    /**
     * After what the plot shows changed (a bar view's bars, an interval view's estimates): the
     * axes fitted to it again ({@link #defaultDomain}) unless {@code fixed} and set, and drawn
     * whole when they moved, only the moving layers when they did not.
     */
    protected final void refitDomain(boolean fixed) {
        Domain fitted = fixed && domain != null ? domain : defaultDomain();
        if (fitted.equals(domain)) {
            redrawMoving();
        } else {
            domain = fitted;
            redraw();
        }
    }

    /** The rectangle to show when none is set: the points' bounds by default. */
    protected Domain defaultDomain() {
        return points != null ? points.bounds() : new Domain(-1, 1, -1, 1);
    }

    /** The axes' names ("x" and "y" unless set). */
    public void setAxisNames(String newXName, String newYName) {
        if (!newXName.equals(xName) || !newYName.equals(yName)) {
            xName = newXName;
            yName = newYName;
            redraw();
        }
    }

    /**
     * Which axes have ticks and tick labels (both by default): none on a grid of cells, whose
     * coordinates mean nothing; no x ticks under named bars.
     */
    public final void showTicks(boolean x, boolean y) {
        xTicksShown = x;
        yTicksShown = y;
    }

    /** Sets the axes' names without drawing (a subclass about to draw anyway). */
    protected final void useAxisNames(String newXName, String newYName) {
        xName = newXName;
        yName = newYName;
    }

    public String xName() { return xName; }

    public String yName() { return yName; }

    /** One data unit as long on both axes (a loss surface's level sets cross its gradient square). */
    public void setEqualScale(boolean value) {
        equalScale = value;
        redraw();
    }

    /** The theme's ink and paper ({@link PlotInk}). */
    public void setDark(boolean dark) {
        holding(() -> {
            setInk(PlotInk.ink(dark));
            setPaper(PlotInk.paper(dark));
        });
    }

    /** Ink for axes, labels and overlay text. */
    public void setInk(Color newInk) {
        ink = newInk;
        redraw();
    }

    /** The plot's ground where no image covers it: near-white on a light theme, a dark grey on a dark one. */
    public void setPaper(Color newPaper) {
        paper = newPaper;
        if (imageLayer != null) {
            imageLayer.setPaper(newPaper);
        }
        redraw();
    }

    public Color ink() { return ink; }

    public Color paper() { return paper; }

    /**
     * Coarse drawing while a lesson plays fast (the image layer decides what that means: a draft
     * raster, fewer points); back to full repaints.
     */
    public void setDraft(boolean value) {
        if (value != draft) {
            draft = value;
            repaintImage();
        }
    }

    public boolean draft() { return draft; }

    /**
     * Rows of the plot's points drawn hollow: held out of training, never fitted (null for
     * none). Redraws the points. Nothing for a plot without points.
     */
    public void setHeldOut(boolean[] mask) {
        if (points != null) {
            points.setHeldOut(mask);
            redrawCanvas();
        }
    }

    /**
     * Colours (and shapes) the plot's points by {@code assignment[row]} (a clustering's labels,
     * -1 for none yet) instead of their class; null by class again.
     */
    public void setAssignments(int[] assignment) {
        if (points != null) {
            points.setAssignments(assignment);
            redrawCanvas();
        }
    }

    public void setEditable(boolean value) { edits.setEditable(value); }

    /** The class of points added by clicking. */
    public void setEditClass(int classIndex) { edits.setAddClass(() -> classIndex); }

    public void setPointEditListener(PointEditListener newListener) { edits.setListener(newListener); }

    /** Who is told where the pointer is over the plot; null for no one. */
    public void setPointerListener(PointerListener newListener) { pointerListener = newListener; }

    /** The data-to-pixel mapping of the last redraw, or null before layout. */
    public PlotTransform transform() { return transform; }

    /** The factor the plot's type is drawn at (1 at the usual 15 px, 1.4 in presentation mode). */
    public double typeScale() { return type.scale(); }

    /** The image under the canvas. */
    public ScreenImage image() { return image; }

    PointEditGestures edits() { return edits; }

    /** The row of the point under a pixel, or -1 (none, or no points). */
    public int pointAt(double pixelX, double pixelY) {
        return points == null || transform == null ? -1 : points.pointAt(transform, pixelX, pixelY);
    }

    /**
     * Runs {@code changes} (calls of this view's setters) and draws once after them, where each
     * setter alone would draw: a lesson that sets the curve, the overlay and the points of a
     * snapshot draws one picture a frame, not three. It draws only what the setters changed: a
     * step that moves only the overlay redraws only the overlay's canvas, and the renderer leaves
     * the axes, lines and names below as it rasterised them.
     */
    public void change(Runnable changes) {
        holding(changes);
    }

    private void holding(Runnable changes) {
        boolean was = holding;
        holding = true;
        try {
            changes.run();
        } finally {
            holding = was;
        }
        if (!was) {
            drawHeld();
        }
    }

    private void drawHeld() {
        boolean all = heldRedraw;
        boolean image = heldImage;
        boolean canvasToo = heldCanvas;
        boolean overlayToo = heldOverlay;
        heldRedraw = heldImage = heldCanvas = heldOverlay = false;
        if (all || transform == null) {
            if (all || image || canvasToo || overlayToo) {
                redraw();
            }
            return;
        }
        if (image) {
            paintImage(false);
        }
        if (canvasToo) {
            drawCanvas();
        } else if (overlayToo) {
            drawOverlay();
        }
    }

    // ---- drawing ----

    /** False while there is nothing to draw but the cleared canvas (no data yet). */
    protected boolean hasContent() { return true; }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            // The plot moved under a pointer that did not: the readout would name another place
            // (F11 resizes the view under a still pointer). The next move reads out afresh.
            pointerLeft();
            redraw();
        }
    }

    /** Lays the plot out and draws the image and the canvas. */
    public void redraw() {
        if (holding) {
            heldRedraw = true;
        } else if (layOut(false)) {
            paintImage(false);
            drawCanvas();
        }
    }

    /** Draws everything now, on the FX thread: before a snapshot of the view is taken. */
    public void drawNow() {
        if (layOut(true)) {
            paintImage(true);
            drawingNow = true;
            try {
                drawCanvas();
            } finally {
                drawingNow = false;
            }
        }
    }

    /**
     * Draws now every plot and paper-canvas view in the scene graph under {@code root} (the view
     * itself if it is one): before a snapshot of a lesson, whose plots otherwise paint their
     * regions, large scatters and thumbnails on the painter thread.
     */
    public static void drawNowWithin(javafx.scene.Node root) {
        if (root instanceof PlotView plot) {
            plot.drawNow();
        } else if (root instanceof PaperCanvasView view) {
            view.drawNow();
        }
        if (root instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                drawNowWithin(child);
            }
        }
    }

    /** True while {@link #drawNow} draws: layers that draw in the background draw at once instead. */
    final boolean drawingNow() { return drawingNow; }

    /** Paints the image again (a new model or paths), leaving the canvas as it is. */
    protected final void repaintImage() {
        if (holding) {
            heldImage = true;
        } else if (transform == null) {
            redraw();
        } else {
            paintImage(false);
        }
    }

    /** Draws the moving layers and the overlay again, leaving the canvas below and the image as they are. */
    protected final void redrawMoving() {
        if (holding) {
            heldOverlay = true;
        } else if (transform != null) {
            drawOverlay();
        }
    }

    /** Draws the canvas again (points, overlay), leaving the image as it is. */
    protected final void redrawCanvas() {
        if (holding) {
            heldCanvas = true;
        } else if (transform != null) {
            drawCanvas();
        }
    }

    private boolean layOut(boolean now) {
        if (holding || domain == null || getWidth() <= 0 || getHeight() <= 0) {
            return false;
        }
        transform = equalScale ? Axes.layoutEqualScale(domain, getWidth(), getHeight(), type.scale())
                : Axes.layout(domain, getWidth(), getHeight(), type.scale());
        if (imageLayer != null) {
            imageLayer.place(this, now);
        }
        return true;
    }

    private void paintImage(boolean now) {
        imageShown = imageLayer != null && imageLayer.paint(this, now);
        image.view().setVisible(imageShown);
    }

    private void drawCanvas() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!hasContent()) {
            overlayCanvas.getGraphicsContext2D().clearRect(0, 0, overlayCanvas.getWidth(), overlayCanvas.getHeight());
            return;
        }
        PlotTransform t = transform;
        if (!imageShown) {
            g.setFill(paper);
            g.fillRect(t.left(), t.top(), t.width(), t.height());
        }
        double scale = type.scale();
        roundEnds(g);
        OverlayPen pen = new OverlayPen(g, t, ink, paper, scale);
        for (PlotOverlay layer : layers) {
            g.save();
            layer.draw(pen);
            g.restore();
        }
        g.restore();
        clearMargins(g, t, canvas);
        Axes.draw(g, t, xName, yName, ink, scale, xTicksShown, yTicksShown);
        drawOverlay();
    }

    /**
     * The moving layers and the lesson's overlay, on their canvas, kept to the plot. The canvas
     * covers the plot's rectangle only (to whole pixels, so that it lies on the screen's pixels),
     * and is hidden while it has nothing to show: Prism's software pipeline blends a canvas into
     * every frame whose changes it covers, all of its area, drawn on or not.
     */
    private void drawOverlay() {
        GraphicsContext g = overlayCanvas.getGraphicsContext2D();
        boolean empty = !hasContent() || (overlay == PlotOverlay.NONE && movingLayers.isEmpty());
        overlayCanvas.setVisible(!empty);
        if (empty) {
            return;
        }
        PlotTransform t = transform;
        double left = Math.floor(t.left());
        double top = Math.floor(t.top());
        double width = Math.ceil(t.left() + t.width()) - left;
        double height = Math.ceil(t.top() + t.height()) - top;
        if (overlayCanvas.getWidth() != width || overlayCanvas.getHeight() != height) {
            overlayCanvas.setWidth(width);
            overlayCanvas.setHeight(height);
        }
        overlayCanvas.relocate(left, top);
        g.clearRect(0, 0, width, height);
        g.save();
        // The layers draw in the plot's pixels, as on the canvas below.
        g.translate(-left, -top);
        roundEnds(g);
        OverlayPen pen = new OverlayPen(g, t, ink, paper, type.scale());
        for (PlotOverlay layer : movingLayers) {
            g.save();
            layer.draw(pen);
            g.restore();
        }
        overlay.draw(pen);
        g.restore();
        clearMargins(g, t, left, top, width, height);
        g.restore();
    }

    /** Saves {@code g}'s state and sets round ends and joins (curves sampled every two pixels and text plates without spikes). */
    private static void roundEnds(GraphicsContext g) {
        g.save();
        g.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
    }

    /**
     * Clears the canvas outside the plot's rectangle, where a layer's curve or circle ran over:
     * what a clip to the plot would have kept out (for any canvas laid over a plot). A canvas clip costs Prism's software pipeline a
     * mask as large as the canvas blended at every restore, which held the FX thread waiting for
     * the renderer 20-50 ms a frame on the DBSCAN lesson at 60 steps a second (2026-12-07); four
     * cleared rectangles cost nearly nothing.
     */
    public static void clearMargins(GraphicsContext g, PlotTransform t, Canvas on) {
        clearMargins(g, t, 0, 0, on.getWidth(), on.getHeight());
    }

    /** As above, for a canvas that covers the rectangle (left, top, width, height) of the plot's pixels, drawn translated to them. */
    private static void clearMargins(GraphicsContext g, PlotTransform t, double left, double top, double width,
                                     double height) {
        double right = t.left() + t.width();
        double bottom = t.top() + t.height();
        double canvasRight = left + width;
        double canvasBottom = top + height;
        g.clearRect(left, top, width, t.top() - top);
        g.clearRect(left, bottom, width, canvasBottom - bottom);
        g.clearRect(left, t.top(), t.left() - left, t.height());
        g.clearRect(right, t.top(), canvasRight - right, t.height());
    }

    // ---- the pointer ----

    private void hover(double pixelX, double pixelY) {
        if (transform == null || !hasContent() || !transform.containsPixel(pixelX, pixelY)) {
            pointerLeft();
            return;
        }
        int row = pointAt(pixelX, pixelY);
        edits.setHovered(row);
        double x = transform.toDataX(pixelX);
        double y = transform.toDataY(pixelY);
        hovered(pixelX, pixelY, x, y);
        if (pointerListener != null) {
            pointerListener.pointerAt(x, y, row);
        }
    }

    private void pointerLeft() {
        edits.setHovered(-1);
        hoverEnded();
        if (pointerListener != null) {
            pointerListener.pointerAt(Double.NaN, Double.NaN, -1);
        }
    }

    /** The hover hook: the pointer rests at this pixel, (x, y) in data; a readout may show. */
    protected void hovered(double pixelX, double pixelY, double x, double y) {
    }

    /** The pointer left the plot (or the plot moved under it): a readout hides. */
    protected void hoverEnded() {
    }
}
