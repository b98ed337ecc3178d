package org.stepwise.viz.view;

import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A binary tree drawn as boxes of text joined by lines: a decision tree growing down from its root
 * (each node's rule, impurity, rows and value), or a dendrogram whose merges stand at their
 * heights ({@link #setLevelsGoUp}). Laid out by {@link TreeLayout}: leaves evenly across, parents
 * midway over their children. The newest node is outlined in the highlight colour with the lines
 * to its children; nodes a lesson marks as faded (a pruned branch) are drawn pale.
 *
 * <p>Where the boxes do not fit (a deep tree in a narrow pane) they shrink to their first line,
 * then to dots, the highlighted node keeping its full box; the wheel zooms about the pointer, a
 * drag pans, a double click fits the tree again. A dendrogram may show a cut: a dashed line across
 * at a height, which the learner drags up and down ({@link #setCut}, {@link #setCutListener}). One canvas, cleared whole at each draw; setters
 * inside {@link #change} draw once. Type follows the stylesheet's size ({@link PlotType}).
 */
public final class TreeDiagramView extends Region {

    /** The highlight of the node a step just made or split. */
    public static final Color HIGHLIGHT = Color.rgb(230, 159, 0);
    private static final double BOX_WIDTH = 132;
    private static final double LINE = 15;
    private static final double MARGIN = 14;
    /** The narrowest box that still shows a node's rule, at the usual type size. */
    private static final double MIN_RULE_WIDTH = 58;

    private final Canvas canvas = new Canvas();
    private final PlotType type;
    private int count;
    private IntUnaryOperator left = n -> -1;
    private IntUnaryOperator right = n -> -1;
    private IntToDoubleFunction level = n -> 0;
    private boolean levelsGoUp;
    private IntFunction<List<String>> text = n -> List.of();
    private IntFunction<Color> fill = n -> null;
    private IntPredicate faded = n -> false;
    private int highlighted = -1;
    private String title = "";
    private TreeLayout layout;
    private boolean dark;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean holding;
    private boolean held;
    private double cut = Double.NaN;
    private DoubleConsumer cutListener;
    private boolean draggingCut;

    public TreeDiagramView() {
        getChildren().add(canvas);
        type = new PlotType(getChildren(), this::draw);
        getStyleClass().add("tree-diagram-view");
        setMinSize(200, 160);
        setPrefSize(560, 560);
        canvas.setOnScroll(e -> zoomAbout(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY())));
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            draggingCut = cutListener != null && !Double.isNaN(cut) && layout != null
                    && Math.abs(e.getY() - yOfLevel(cut)) <= 10 * type.scale();
        });
        canvas.setOnMouseReleased(e -> draggingCut = false);
        canvas.setOnMouseDragged(e -> {
            if (draggingCut) {
                dragCutTo(e.getY());
                return;
            }
            panX += e.getX() - dragX;
            panY += e.getY() - dragY;
            dragX = e.getX();
            dragY = e.getY();
            draw();
        });
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                fit();
            }
        });
    }

    /**
     * The tree: {@code nodeCount} nodes under node 0, children by {@code leftChild} and
     * {@code rightChild} (-1 at a leaf), each at {@code height} (a depth, or a merge distance).
     */
    public void setTree(int nodeCount, IntUnaryOperator leftChild, IntUnaryOperator rightChild,
                        IntToDoubleFunction height) {
        setForest(nodeCount, new int[] {0}, leftChild, rightChild, height);
    }

    /** A forest: the trees under {@code roots}, side by side in that order (a dendrogram part-way built). */
    public void setForest(int nodeCount, int[] roots, IntUnaryOperator leftChild, IntUnaryOperator rightChild,
                          IntToDoubleFunction height) {
        count = nodeCount;
        left = leftChild;
        right = rightChild;
        level = height;
        layout = nodeCount == 0 ? null : TreeLayout.of(nodeCount, roots, leftChild, rightChild, height);
        draw();
    }

    /** The cut drawn across at {@code height} (a level, as the nodes'); NaN for none. */
    public void setCut(double height) {
        cut = height;
        draw();
    }

    /** The cut's height, NaN when none is drawn. */
    public double cut() { return cut; }

    /** Told the new height while the learner drags the cut; null to make it fixed. */
    public void setCutListener(DoubleConsumer listener) {
        cutListener = listener;
    }

    /** Moves the cut to the level at canvas height {@code y} (kept within the tree) and tells the listener. */
    void dragCutTo(double y) {
        double top = layout.maxLevel() <= 0 ? 1 : layout.maxLevel() * 1.05;
        cut = Math.max(0, Math.min(top, levelAt(y)));
        draw();
        if (cutListener != null) {
            cutListener.accept(cut);
        }
    }

    /** Levels drawn upward from the bottom (a dendrogram) instead of down from the top (a decision tree). */
    public void setLevelsGoUp(boolean up) {
        levelsGoUp = up;
        draw();
    }

    /** Each node's lines of text; the first is drawn bold (a split's rule, a leaf's prediction). */
    public void setText(IntFunction<List<String>> lines) {
        text = lines;
        draw();
    }

    /** Each node's fill (a class colour, pale); null for the paper. */
    public void setFill(IntFunction<Color> colors) {
        fill = colors;
        draw();
    }

    /** Nodes drawn pale (pruned away), or none. */
    public void setFaded(IntPredicate pale) {
        faded = pale == null ? n -> false : pale;
        draw();
    }

    /** The node outlined in {@link #HIGHLIGHT} with the lines to its children; -1 for none. */
    public void setHighlighted(int node) {
        highlighted = node;
        draw();
    }

    /** A line across the top (what the tree is; pruning's α). */
    public void setTitle(String newTitle) {
        title = newTitle == null ? "" : newTitle;
        draw();
    }

    public void setDark(boolean value) {
        dark = value;
        draw();
    }

    /** Runs the setters in {@code changes} and draws once. */
    public void change(Runnable changes) {
        holding = true;
        try {
            changes.run();
        } finally {
            holding = false;
        }
        if (held) {
            draw();
        }
    }

    /** Back to the whole tree in view. */
    public void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
        draw();
    }

    /** The zoom factor (1: the whole tree fits). */
    public double zoom() { return zoom; }

    /** The layout drawn, or null before a tree (tests). */
    public TreeLayout treeLayout() { return layout; }

    void zoomAbout(double px, double py, double factor) {
        double next = Math.max(1, Math.min(30, zoom * factor));
        double applied = next / zoom;
        panX = px - (px - panX) * applied;
        panY = py - (py - panY) * applied;
        zoom = next;
        if (zoom == 1) {
            panX = 0;
            panY = 0;
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** A node's centre on the canvas: {@code out[0]} across, {@code out[1]} down. */
    void place(int node, double[] out) {
        double scale = type.scale();
        double width = getWidth() - 2 * MARGIN * scale;
        double boxHalf = boxHalf(scale);
        double across = layout.leafCount() <= 1 ? 0.5 : layout.x(node) / (layout.leafCount() - 1);
        out[0] = zoom * (MARGIN * scale + boxHalf + across * (width - 2 * boxHalf)) + panX;
        out[1] = yOfLevel(layout.level(node));
    }

    /** Canvas height of a level, as {@link #place} puts a node at that level. */
    double yOfLevel(double value) {
        double scale = type.scale();
        double down = layout.maxLevel() == 0 ? 0 : value / layout.maxLevel();
        return zoom * (top(scale) + boxHeight(scale, 4) / 2 + (levelsGoUp ? 1 - down : down) * span(scale)) + panY;
    }

    /** The level at canvas height {@code y}: the inverse of {@link #yOfLevel}. */
    double levelAt(double y) {
        double scale = type.scale();
        double down = ((y - panY) / zoom - top(scale) - boxHeight(scale, 4) / 2) / Math.max(span(scale), 1);
        return (levelsGoUp ? 1 - down : down) * layout.maxLevel();
    }

    private double top(double scale) {
        return MARGIN * scale + (title.isEmpty() ? 0 : 26 * scale);
    }

    /** The height across which levels spread. */
    private double span(double scale) {
        return Math.max(getHeight() - top(scale) - MARGIN * scale - boxHeight(scale, 4), 0);
    }

    /** Half the widest box (or a quarter of a narrow pane): the room kept at each side for the outermost nodes. */
    private double boxHalf(double scale) {
        double width = getWidth() - 2 * MARGIN * scale;
        return Math.min(BOX_WIDTH * scale, width / 2) / 2;
    }

    private static double boxHeight(double scale, int lines) {
        return (lines * LINE + 10) * scale;
    }

    /** The cut: a dashed line across with its height at the left, on a halo. */
    private void drawCut(GraphicsContext g, double w, double scale) {
        double y = yOfLevel(cut);
        Color ink = PlotInk.ink(dark);
        g.setStroke(ink);
        g.setLineWidth(2.5 * scale);
        g.setLineDashes(10 * scale, 6 * scale);
        g.strokeLine(0, y, w, y);
        g.setLineDashes((double[]) null);
        String label = String.format(java.util.Locale.ROOT, "cut %.3g", cut);
        g.setFont(Font.font(null, FontWeight.BOLD, 14 * scale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        TextPlates.write(g, label, MARGIN * scale, y - 3 * scale, ink, PlotInk.paper(dark), 4 * scale);
    }

    private void draw() {
        if (holding) {
            held = true;
            return;
        }
        held = false;
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(PlotInk.paper(dark));
        g.fillRect(0, 0, w, h);
        if (layout == null || w <= 0 || h <= 0) {
            return;
        }
        TreeNodePainter painter = new TreeNodePainter(g, PlotInk.ink(dark), PlotInk.paper(dark), type.scale());
        double scale = type.scale();
        // Pixels per layout unit across, and the room between levels down.
        double unit = layout.leafCount() <= 1 ? Double.POSITIVE_INFINITY
                : zoom * (w - 2 * MARGIN * scale - 2 * boxHalf(scale)) / (layout.leafCount() - 1);
        double rows = layout.maxLevel() == 0 ? h : zoom * (h - 60 * scale) / layout.maxLevel();
        boolean tall = rows >= boxHeight(scale, 4) + 12 * scale;
        boolean roomy = rows >= boxHeight(scale, 1) + 10 * scale;
        double[] a = new double[2];
        double[] b = new double[2];
        for (int node = 0; node < count; node++) {
            int l = left.applyAsInt(node);
            if (l < 0 || Double.isNaN(layout.x(node))) {
                continue;
            }
            place(node, a);
            for (int child : new int[] {l, right.applyAsInt(node)}) {
                place(child, b);
                boolean hot = node == highlighted;
                painter.edge(a, b, hot ? HIGHLIGHT : null, faded.test(child), levelsGoUp);
                if (tall && !levelsGoUp && unit * layout.room(node) >= BOX_WIDTH * scale) {
                    painter.edgeLabel(a, b, child == l ? "yes" : "no");
                }
            }
        }
        for (int node = 0; node < count; node++) {
            if (Double.isNaN(layout.x(node)) || node == highlighted) {
                continue;
            }
            place(node, a);
            if (levelsGoUp) {
                // A dendrogram's merges are its elbows; its leaves are small dots, as close as the leaves stand.
                if (left.applyAsInt(node) < 0) {
                    painter.leaf(a, fill.apply(node), Math.min(6 * scale, 0.42 * unit));
                }
                continue;
            }
            // Each node as wide as the room to its neighbours on the same level allows: full boxes
            // near the root, the rule alone or a dot where the tree is crowded.
            double width = Math.min(BOX_WIDTH * scale, 0.94 * unit * layout.room(node));
            TreeNodePainter.Detail detail = tall && width >= 0.98 * BOX_WIDTH * scale ? TreeNodePainter.Detail.FULL
                    : roomy && width >= MIN_RULE_WIDTH * scale ? TreeNodePainter.Detail.RULE
                    : TreeNodePainter.Detail.DOT;
            painter.node(a, text.apply(node), fill.apply(node), false, faded.test(node), detail, width);
        }
        if (highlighted >= 0 && highlighted < count && !Double.isNaN(layout.x(highlighted))) {
            place(highlighted, a);
            // The newest node keeps its full text whatever the zoom: it is what the step is about.
            painter.node(a, text.apply(highlighted), fill.apply(highlighted), true, false,
                    TreeNodePainter.Detail.FULL, BOX_WIDTH * scale);
        }
        if (!Double.isNaN(cut)) {
            drawCut(g, w, scale);
        }
        if (!title.isEmpty()) {
            g.setFill(PlotInk.ink(dark));
            g.setFont(Font.font(null, FontWeight.BOLD, 16 * scale));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(title, MARGIN * scale, 8 * scale);
        }
    }
}
