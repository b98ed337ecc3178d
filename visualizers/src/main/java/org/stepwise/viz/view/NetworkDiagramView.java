package org.stepwise.viz.view;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A feed-forward network drawn as TensorFlow Playground draws it, and more: layers of nodes in
 * columns, each node a small heatmap of its output over the plane (warm red where high, blue where
 * low, scaled to [−1, 1], or to the node's largest magnitude when that is above 1; the output
 * layer's probabilities p as 2p − 1, so a two-class output is warm where class 1, drawn orange,
 * is likely), edges coloured by the weight's sign (warm positive, blue negative)
 * and as wide as its size relative to the largest, and the weights and biases written on the
 * diagram when it is small enough to read them. Clicking an edge selects its weight and writes
 * its last update with its numbers ({@link NetworkPicture#weightStory}) under the diagram;
 * clicking a node outlines it and tells the lesson, which shows it enlarged ({@link NeuronField}).
 *
 * <p>Thumbnails are {@value #THUMBNAIL} × {@value #THUMBNAIL} samples of the plane's extent,
 * written through a {@link PixelWriter} from the colour table into one image (a column of
 * thumbnails per layer side by side), which the canvas draws scaled into each node.
 */
public final class NetworkDiagramView extends PaperCanvasView {

    static final int THUMBNAIL = 24;
    /** Up to this many edges, weights and biases are written as numbers. */
    static final int MOST_NUMBERED_EDGES = 32;
    /** High outputs and positive weights: warm, the colour of class 1 (orange) in the boundary beside. */
    private static final int POSITIVE = ColorMaps.coolwarm(0.96);
    /** Low outputs and negative weights: cool, the colour of class 0 (blue). */
    private static final int NEGATIVE = ColorMaps.coolwarm(0.04);
    private static final double LABEL_SIZE = 14;

    private NetworkPicture picture;
    private int[] widths = new int[0];
    private double xMin = -1;
    private double xMax = 1;
    private double yMin = -1;
    private double yMax = 1;
    private WritableImage atlas;
    /** Where each layer's thumbnails start in the atlas (in nodes). */
    private int[] atlasStart = new int[0];
    private int[] selected;
    /** The node shown enlarged beside the diagram, as {layer, node}, or null. */
    private int[] focused;
    private Consumer<int[]> focusListener = node -> { };
    private NetworkLayout layout;
    /** Told when the columns move (a new shape, size or type scale), for controls placed above them. */
    private Runnable columnsListener = () -> { };
    /** The columns' centres as last told to {@link #columnsListener}. */
    private double[] toldColumns = new double[0];

    public NetworkDiagramView() {
        super("network-diagram");
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> select(event.getX(), event.getY()));
    }

    /** The network to draw (null for none); its thumbnails are computed now. */
    public void setPicture(NetworkPicture newPicture) {
        picture = newPicture;
        int[] newWidths = newPicture == null ? new int[0] : newPicture.widths();
        if (!java.util.Arrays.equals(newWidths, widths)) {
            widths = newWidths;
            selected = null;
            if (focused != null) {
                focused = null;
                focusListener.accept(null);
            }
        }
        renderThumbnails();
        draw();
    }

    /** The part of the plane every thumbnail shows. */
    public void setExtent(double newXMin, double newXMax, double newYMin, double newYMax) {
        xMin = newXMin;
        xMax = newXMax;
        yMin = newYMin;
        yMax = newYMax;
        renderThumbnails();
        draw();
    }

    /** The selected weight as {layer, from, to}, or null. */
    public int[] selectedWeight() { return selected == null ? null : selected.clone(); }

    /** Selects the weight from node {@code from} of layer {@code layer − 1} to node {@code to} (tests, sessions). */
    public void selectWeight(int layer, int from, int to) {
        selected = new int[] {layer, from, to};
        draw();
    }

    /**
     * Told {layer, node} when the learner clicks a node to see it enlarged, and null when the
     * click (on the same node again) or a new layout ends that.
     */
    public void setOnNodeFocused(Consumer<int[]> listener) {
        focusListener = listener == null ? node -> { } : listener;
    }

    /**
     * The x of the centre of layer {@code layer}'s column, in this view's coordinates, as last
     * drawn; NaN before a drawing. Controls placed above the columns (the playground's − and +
     * per hidden layer) read it when {@link #setOnColumnsMoved} tells them the columns moved.
     */
    public double columnCentre(int layer) {
        return layout == null || layer < 0 || layer >= layout.layers() ? Double.NaN : layout.columnX(layer);
    }

    /** Told after a drawing that put the columns somewhere else (a new shape, size or type scale). */
    public void setOnColumnsMoved(Runnable listener) {
        columnsListener = listener == null ? () -> { } : listener;
    }

    /** The node shown enlarged, as {layer, node}, or null. */
    public int[] focusedNode() { return focused == null ? null : focused.clone(); }

    /** Focuses node {@code node} of {@code layer} (or none, for a negative layer), as a click does. */
    public void focusNode(int layer, int node) {
        focused = layer < 0 ? null : new int[] {layer, node};
        selected = null;
        focusListener.accept(focusedNode());
        draw();
    }

    private void select(double x, double y) {
        if (layout == null) {
            return;
        }
        int[] node = layout.nodeAt(x, y);
        if (node != null) {
            boolean again = focused != null && focused[0] == node[0] && focused[1] == node[1];
            focusNode(again ? -1 : node[0], node[1]);
            return;
        }
        selected = layout.edgeAt(x, y, 6);
        draw();
    }

    /** The colour of thumbnail pixel (i, j) of node {@code node} of {@code layer} (tests). */
    int thumbnailArgb(int layer, int node, int i, int j) {
        return atlas.getPixelReader().getArgb((atlasStart[layer] + node) * THUMBNAIL + i, j);
    }

    /** Where the last drawing put the nodes (tests); null before one. */
    NetworkLayout nodeLayout() { return layout; }

    private void renderThumbnails() {
        if (picture == null || widths.length == 0) {
            atlas = null;
            return;
        }
        int nodes = 0;
        atlasStart = new int[widths.length];
        for (int l = 0; l < widths.length; l++) {
            atlasStart[l] = nodes;
            nodes += widths[l];
        }
        if (atlas == null || atlas.getWidth() != nodes * THUMBNAIL) {
            atlas = new WritableImage(nodes * THUMBNAIL, THUMBNAIL);
        }
        int count = THUMBNAIL * THUMBNAIL;
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int j = 0; j < THUMBNAIL; j++) {
            for (int i = 0; i < THUMBNAIL; i++) {
                xs[j * THUMBNAIL + i] = xMin + (i + 0.5) * (xMax - xMin) / THUMBNAIL;
                ys[j * THUMBNAIL + i] = yMax - (j + 0.5) * (yMax - yMin) / THUMBNAIL;
            }
        }
        PixelWriter writer = atlas.getPixelWriter();
        double[][] outputs = new double[widths.length][];
        for (int l = 0; l < widths.length; l++) {
            outputs[l] = new double[count * widths[l]];
        }
        picture.nodeOutputs(xs, ys, count, outputs);
        for (int l = 0; l < widths.length; l++) {
            int w = widths[l];
            double[] out = outputs[l];
            boolean probabilities = l == widths.length - 1;
            for (int n = 0; n < w; n++) {
                double largest = 1;
                for (int p = 0; p < count; p++) {
                    largest = Math.max(largest, Math.abs(out[p * w + n]));
                }
                for (int p = 0; p < count; p++) {
                    double v = probabilities ? 2 * out[p * w + n] - 1 : out[p * w + n] / largest;
                    double t = Double.isNaN(v) ? 0.5 : (1 + Math.max(-1, Math.min(1, v))) / 2;
                    writer.setArgb((atlasStart[l] + n) * THUMBNAIL + p % THUMBNAIL, p / THUMBNAIL, ColorMaps.coolwarm(t));
                }
            }
        }
    }

    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        if (picture == null || widths.length == 0 || w < 20 || h < 20) {
            layout = null;
            return;
        }
        double s = typeScale();
        double storyHeight = selected == null && focused == null ? 0 : 3.4 * LABEL_SIZE * s;
        double labelRoom = 70 * s;
        layout = new NetworkLayout(widths, labelRoom, 2 * LABEL_SIZE * s, w - labelRoom - 8,
                h - storyHeight - 2.6 * LABEL_SIZE * s, s);
        if (columnsMoved()) {
            columnsListener.run();
        }
        boolean numbered = layout.edgeCount() <= MOST_NUMBERED_EDGES;
        drawEdges(g, numbered, s);
        drawNodes(g, numbered, s);
        drawHeadings(g, s);
        if (selected != null) {
            drawStory(g, h - storyHeight, w, s, picture.weightStory(selected[0], selected[1], selected[2]));
        } else if (focused != null) {
            drawStory(g, h - storyHeight, w, s, focusStory());
        }
    }

    /** Whether the layout just made puts a column elsewhere than last told; remembers where. */
    private boolean columnsMoved() {
        boolean moved = toldColumns.length != widths.length;
        if (moved) {
            toldColumns = new double[widths.length];
        }
        for (int l = 0; l < widths.length; l++) {
            double x = layout.columnX(l);
            moved |= x != toldColumns[l];
            toldColumns[l] = x;
        }
        return moved;
    }

    private void drawEdges(GraphicsContext g, boolean numbered, double s) {
        double largest = 1e-12;
        for (int l = 1; l < widths.length; l++) {
            for (int from = 0; from < widths[l - 1]; from++) {
                for (int to = 0; to < widths[l]; to++) {
                    largest = Math.max(largest, Math.abs(picture.weight(l, from, to)));
                }
            }
        }
        double half = layout.nodeSize() / 2;
        g.setFont(Font.font(null, FontWeight.NORMAL, 0.8 * LABEL_SIZE * s));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int l = 1; l < widths.length; l++) {
            double x0 = layout.columnX(l - 1) + half;
            double x1 = layout.columnX(l) - half;
            for (int from = 0; from < widths[l - 1]; from++) {
                for (int to = 0; to < widths[l]; to++) {
                    double weight = picture.weight(l, from, to);
                    boolean chosen = isSelected(l, from, to);
                    g.setStroke(ColorMaps.toColor(weight >= 0 ? POSITIVE : NEGATIVE));
                    g.setGlobalAlpha(chosen ? 1 : 0.75);
                    g.setLineWidth((0.6 + 6 * Math.abs(weight) / largest) * s + (chosen ? 3 * s : 0));
                    double y0 = layout.nodeY(l - 1, from);
                    double y1 = layout.nodeY(l, to);
                    g.strokeLine(x0, y0, x1, y1);
                    g.setGlobalAlpha(1);
                    if (numbered || chosen) {
                        double t = 0.3 + 0.4 * to / Math.max(1, widths[l] - 1);
                        TextPlates.write(g, format(weight), x0 + t * (x1 - x0), y0 + t * (y1 - y0), PlotInk.ink(dark()),
                                PlotInk.veil(dark()), 2 * s);
                    }
                }
            }
        }
    }

    private boolean isSelected(int layer, int from, int to) {
        return selected != null && selected[0] == layer && selected[1] == from && selected[2] == to;
    }

    private void drawNodes(GraphicsContext g, boolean numbered, double s) {
        double size = layout.nodeSize();
        Color ink = PlotInk.ink(dark());
        g.setImageSmoothing(false);
        for (int l = 0; l < widths.length; l++) {
            for (int n = 0; n < widths[l]; n++) {
                double x = layout.columnX(l) - size / 2;
                double y = layout.nodeY(l, n) - size / 2;
                g.drawImage(atlas, (atlasStart[l] + n) * THUMBNAIL, 0, THUMBNAIL, THUMBNAIL, x, y, size, size);
                boolean focus = focused != null && focused[0] == l && focused[1] == n;
                g.setStroke(ink);
                g.setLineWidth(focus ? 4 * s : s);
                g.strokeRect(x, y, size, size);
                g.setFill(ink);
                if (l == 0) {
                    g.setFont(Font.font(null, FontWeight.BOLD, LABEL_SIZE * s));
                    g.setTextAlign(TextAlignment.RIGHT);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(picture.nodeLabel(0, n), x - 6 * s, y + size / 2);
                } else if (numbered) {
                    g.setFont(Font.font(null, FontWeight.NORMAL, 0.8 * LABEL_SIZE * s));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.TOP);
                    g.fillText("b " + format(picture.bias(l, n)), x + size / 2, y + size + 2 * s);
                }
            }
        }
        g.setImageSmoothing(true);
    }

    private void drawHeadings(GraphicsContext g, double s) {
        g.setFill(PlotInk.ink(dark()));
        g.setFont(Font.font(null, FontWeight.BOLD, LABEL_SIZE * s));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // Words where the columns leave room for them, the bare count where they do not.
        boolean roomy = widths.length < 2 || layout.columnX(1) - layout.columnX(0) > 95 * s;
        for (int l = 0; l < widths.length; l++) {
            String heading = l == 0 ? (roomy ? "inputs" : "in") : l == widths.length - 1 ? (roomy ? "output" : "out")
                    : widths[l] + (!roomy ? "" : widths[l] == 1 ? " neuron" : " neurons");
            g.fillText(heading, layout.columnX(l), 4 * s);
        }
    }

    /** What the enlarged node beside is, and how to go back. */
    private String focusStory() {
        int layer = focused[0];
        int node = focused[1];
        String name = layer == 0 ? "Input " + picture.nodeLabel(0, node)
                : layer == widths.length - 1 ? (widths[layer] == 1 ? "The output" : "Output " + (node + 1))
                : "Neuron " + (node + 1) + " of layer " + layer;
        return name + ", enlarged beside:\n"
                + "its output over the plane, weights frozen.\n"
                + "Click it again for the network's output.";
    }

    private void drawStory(GraphicsContext g, double top, double width, double s, String story) {
        g.setFill(PlotInk.veil(dark()));
        g.fillRect(0, top, width, canvasHeight() - top);
        g.setFill(PlotInk.ink(dark()));
        g.setFont(Font.font(null, FontWeight.NORMAL, LABEL_SIZE * s));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String[] lines = story.split("\n");
        for (int i = 0; i < lines.length && i < 3; i++) {
            g.fillText(lines[i], 10 * s, top + 4 * s + i * 1.1 * LABEL_SIZE * s);
        }
    }

    private double canvasHeight() { return canvas().getHeight(); }

    static String format(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
