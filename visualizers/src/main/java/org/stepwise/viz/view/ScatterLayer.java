package org.stepwise.viz.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.data.Dataset;

/**
 * Points on a {@link PlotView}: the first two columns of a data set coloured by class label, or
 * (x, y) arrays in one colour; or coloured by an assignment array (a clustering's labels), -1
 * grey. Each class (or cluster) has its shape as well as its colour ({@link ClassMarks}); held-out
 * points ({@link #setHeldOut}) are drawn hollow: seen, never trained on. Points may each have
 * their own size ({@link #setSizes}: AdaBoost's sample weights). The plot's editing
 * gestures move, add and remove these points (a dragged one is drawn where the pointer is); the
 * owner of the data makes the new, undoable data set. Reads the arrays it is given without
 * copying, and allocates nothing per frame.
 */
public final class ScatterLayer implements PlotOverlay {

    private static final double HIT_RADIUS = 10;
    static final Color RING = Color.rgb(0, 0, 0, 0.55);
    private static final Color GREY = Color.GRAY;
    private static final Color[] CLASS = new Color[ColorMaps.classColorCount()];

    static {
        for (int k = 0; k < CLASS.length; k++) {
            CLASS[k] = ColorMaps.classColor(k);
        }
    }

    private final PlotView plot;
    private final MarkStamps stamps = new MarkStamps();
    /** Made when the layer first has {@value PointRaster#FROM_POINTS} points or more. */
    private PointRaster picture;
    private Dataset data;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] assignment;
    private boolean[] heldOut;
    private boolean shapes = true;
    private double radius = 7;
    private boolean followsType;
    private boolean ringed = true;
    private double rimWidth = 2;
    private Color single = CLASS[0];
    private double[] sizes;
    private double largestSize = 1;

    /** A layer of points on {@code plot}, which hovers and edits them; the plot adds it where it draws it. */
    public ScatterLayer(PlotView plot) {
        this.plot = plot;
        plot.usePoints(this);
    }

    /** The first two columns of {@code newData}, coloured by label (grey for a regression's targets); null for none. */
    public void setData(Dataset newData) {
        data = newData;
    }

    /** Points (x, y) in one colour (not copied: read until the next call). */
    public void setPoints(double[] newXs, double[] newYs) {
        if (newXs.length != newYs.length) {
            throw new IllegalArgumentException(newXs.length + " x values but " + newYs.length + " y values");
        }
        data = null;
        xs = newXs;
        ys = newYs;
    }

    /**
     * Colours (and shapes) by {@code assignment[row]} instead of the label: a clustering's
     * current labels, -1 for a point not assigned yet (grey). Null colours by label again.
     */
    public void setAssignments(int[] newAssignment) { assignment = newAssignment; }

    /**
     * Rows whose flag is true are drawn hollow (held out of training), besides those the data
     * set marks held out; null for none.
     */
    public void setHeldOut(boolean[] mask) { heldOut = mask; }

    /** Whether each class has its own shape as well as its colour (on by default). */
    public void setShapes(boolean value) { shapes = value; }

    /**
     * The points' look: {@code radius} pixels (grown with the square root of the type scale
     * when {@code followsType}), the white rim's width, and whether a thin dark ring surrounds
     * the rim (on a heatmap, so a point stays seen on its own class's region).
     */
    public void setStyle(double newRadius, boolean newFollowsType, double newRimWidth, boolean newRinged) {
        radius = newRadius;
        followsType = newFollowsType;
        rimWidth = newRimWidth;
        ringed = newRinged;
    }

    /**
     * Each row's radius as a multiple of the style's ({@code sizes[row]}, clamped to
     * {@code largest}; a row beyond the array keeps size 1), so a quantity can be read from the
     * points (for area ∝ a weight, give its square root). The marks are drawn at the largest size
     * and shrunk, so a size that moves every frame costs no new mark. Null: every point the
     * style's size. Not copied: read until the next call.
     */
    public void setSizes(double[] newSizes, double largest) {
        if (newSizes != null && !(largest > 0)) {
            throw new IllegalArgumentException("the largest size must be above 0, not " + largest);
        }
        sizes = newSizes;
        largestSize = newSizes == null ? 1 : largest;
    }

    /** Whether the points have sizes of their own ({@link #setSizes}). */
    public boolean sized() { return sizes != null; }

    /** The colour of points given as arrays (not coloured by label or assignment). */
    public void setColor(Color color) { single = color; }

    public int size() { return data != null ? data.size() : xs.length; }

    public double x(int row) { return data != null ? data.feature(row, 0) : xs[row]; }

    public double y(int row) { return data != null ? data.feature(row, 1) : ys[row]; }

    /** The colour index of a row: its assignment, else its label; -1 for none (grey). */
    public int group(int row) {
        if (assignment != null) {
            return row < assignment.length ? assignment[row] : -1;
        }
        return data != null && data.isClassification() ? data.label(row) : -1;
    }

    /** Whether a row is held out: marked so in the data set, or in the mask given. */
    public boolean heldOut(int row) {
        return (heldOut != null && row < heldOut.length && heldOut[row]) || (data != null && data.isHeldOut(row));
    }

    /** The pixel x of a row: where the pointer drags it, else where its data puts it. */
    double pixelX(PlotTransform t, int row) {
        return plot.edits().dragging(row) ? plot.edits().dragX() : t.toPixelX(x(row));
    }

    double pixelY(PlotTransform t, int row) {
        return plot.edits().dragging(row) ? plot.edits().dragY() : t.toPixelY(y(row));
    }

    /** A point's radius in pixels as drawn with this pen (its type scale), before its own size ({@link #setSizes}). */
    public double pixelRadius(OverlayPen pen) {
        return followsType ? radius * Math.sqrt(pen.scale()) : radius;
    }

    @Override
    public void draw(OverlayPen pen) {
        boolean byGroup = assignment != null || (data != null && data.isClassification());
        prepare(pen);
        if (size() >= PointRaster.FROM_POINTS && sizes == null) {
            drawAsPicture(pen, byGroup);
            return;
        }
        if (picture != null) {
            picture.clear();
        }
        for (int i = 0, n = size(); i < n; i++) {
            stamp(pen, i, byGroup, group(i));
        }
    }

    /**
     * Thousands of points as one picture ({@link PointRaster}): each row's stamp and where it
     * goes, in device pixels from the plot's corner, the same marks as {@link #stamp} draws.
     */
    private void drawAsPicture(OverlayPen pen, boolean byGroup) {
        PlotTransform t = pen.transform();
        double scale = pixelScale(pen.graphics());
        int originX = (int) Math.round(t.left() * scale);
        int originY = (int) Math.round(t.top() * scale);
        int n = size();
        int largestGroup = -1;
        for (int i = 0; i < n; i++) {
            largestGroup = Math.max(largestGroup, byGroup ? group(i) : -1);
        }
        // Looks by (group + 1, hollow): group -1 is grey (or the single colour of plain points).
        int[] lookOf = new int[2 * (largestGroup + 2)];
        java.util.Arrays.fill(lookOf, -1);
        java.util.List<int[]> marks = new java.util.ArrayList<>();
        int[] lefts = new int[n];
        int[] tops = new int[n];
        int[] looks = new int[n];
        double half = stamps.half();
        for (int i = 0; i < n; i++) {
            int k = byGroup ? Math.max(group(i), -1) : -1;
            boolean hollow = heldOut(i);
            int slot = 2 * (k + 1) + (hollow ? 1 : 0);
            if (lookOf[slot] < 0) {
                lookOf[slot] = marks.size();
                marks.add(stamps.pixels(shapeOf(byGroup, k), colorOf(byGroup, k), hollow ? pen.paper() : Color.WHITE,
                        hollow));
            }
            looks[i] = lookOf[slot];
            lefts[i] = (int) Math.round((pixelX(t, i) - half) * scale) - originX;
            tops[i] = (int) Math.round((pixelY(t, i) - half) * scale) - originY;
        }
        if (picture == null) {
            picture = new PointRaster(plot::redrawCanvas);
        }
        PointRaster.Scene scene = new PointRaster.Scene((int) Math.ceil(t.width() * scale),
                (int) Math.ceil(t.height() * scale), lefts, tops, looks, marks.toArray(new int[0][]), stamps.side());
        picture.draw(pen.graphics(), scene, originX / scale, originY / scale, scale, plot.drawingNow());
    }

    /**
     * Stamps only {@code rows[0 .. count)}, each in the group {@code groups[row]} gives it (its
     * colour and shape), over what is drawn: a clustering's points that changed cluster since the
     * layer was last drawn, on the plot's overlay, so that a step that recolours a few of 10,000
     * points does not redraw them all.
     */
    public void drawRows(OverlayPen pen, int[] rows, int count, int[] groups) {
        prepare(pen);
        for (int j = 0; j < count; j++) {
            stamp(pen, rows[j], true, groups[rows[j]]);
        }
    }

    private void prepare(OverlayPen pen) {
        stamps.prepare(pixelRadius(pen) * largestSize, rimWidth, ringed, pixelScale(pen.graphics()));
    }

    /** Row i's size as a share of the largest (1 without sizes). */
    private double shrink(int row) {
        if (sizes == null || row >= sizes.length) {
            return sizes == null ? 1 : 1 / largestSize;
        }
        return Math.max(0, Math.min(sizes[row], largestSize)) / largestSize;
    }

    private Color colorOf(boolean byGroup, int k) {
        return byGroup ? (k < 0 ? GREY : CLASS[Math.floorMod(k, CLASS.length)]) : data != null ? GREY : single;
    }

    private int shapeOf(boolean byGroup, int k) {
        return shapes && byGroup && k >= 0 ? ClassMarks.shapeOf(k) : 0;
    }

    private void stamp(OverlayPen pen, int i, boolean byGroup, int k) {
        Color color = colorOf(byGroup, k);
        int shape = shapeOf(byGroup, k);
        boolean hollow = heldOut(i);
        // A held-out mark is emptied with the plot's paper, so it reads as hollow on any region.
        stamps.stamp(pen.graphics(), shape, color, hollow ? pen.paper() : Color.WHITE, hollow,
                pixelX(pen.transform(), i), pixelY(pen.transform(), i), shrink(i));
    }

    /** The screen's pixels per plot pixel where the canvas is shown (2 on a high-density screen), 1 off screen. */
    private static double pixelScale(GraphicsContext g) {
        var scene = g.getCanvas().getScene();
        return scene == null || scene.getWindow() == null ? 1 : Math.max(1, scene.getWindow().getRenderScaleX());
    }

    /** The row of the point within a few pixels of (pixelX, pixelY), the nearest; -1 for none. */
    int pointAt(PlotTransform t, double pixelX, double pixelY) {
        int best = -1;
        double bestDistance = HIT_RADIUS;
        for (int i = 0, n = size(); i < n; i++) {
            double distance = Math.hypot(t.toPixelX(x(i)) - pixelX, t.toPixelY(y(i)) - pixelY);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** True when every point lies inside {@code domain}. */
    public boolean inside(Domain domain) {
        for (int i = 0, n = size(); i < n; i++) {
            if (!domain.contains(x(i), y(i))) {
                return false;
            }
        }
        return true;
    }

    /** The points' bounding box grown by 12 % on each side (a unit range around a single value). */
    public Domain bounds() {
        return bounds(size(), this::x, this::y);
    }

    /** The bounding box of (xs[i], ys[i]) grown by 12 % on each side (a unit range around a single value). */
    public static Domain bounds(double[] xs, double[] ys) {
        return bounds(xs.length, i -> xs[i], i -> ys[i]);
    }

    private static Domain bounds(int n, java.util.function.IntToDoubleFunction x, java.util.function.IntToDoubleFunction y) {
        if (n == 0) {
            return new Domain(-1, 1, -1, 1);
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xMin = Math.min(xMin, x.applyAsDouble(i));
            xMax = Math.max(xMax, x.applyAsDouble(i));
            yMin = Math.min(yMin, y.applyAsDouble(i));
            yMax = Math.max(yMax, y.applyAsDouble(i));
        }
        if (xMax - xMin < 1e-9) {
            xMin -= 0.5;
            xMax += 0.5;
        }
        if (yMax - yMin < 1e-9) {
            yMin -= 0.5;
            yMax += 0.5;
        }
        return new Domain(xMin, xMax, yMin, yMax).padded(0.12);
    }
}
