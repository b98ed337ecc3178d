package org.stepwise.viz.view;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A small network with its numbers: nodes as large boxes holding their name and the values
 * computed so far (z, a, δ), edges coloured by the weight's sign (warm positive, blue negative, as
 * {@link NetworkDiagramView}) and as wide as its size, each edge's text (weight, gradient) on a
 * plate, the node the last step computed outlined in the accent, the highlighted weight drawn
 * thick with its lines (the chain rule) beneath. Clicking an edge chooses the weight whose lines
 * are written; the geometry is {@link NetworkLayout}'s, with nodes large enough to hold four lines.
 */
public final class NetworkValuesView extends PaperCanvasView {

    private static final int POSITIVE = ColorMaps.coolwarm(0.96);
    private static final int NEGATIVE = ColorMaps.coolwarm(0.04);
    private static final Color ACCENT = Color.rgb(230, 140, 20);
    private static final double TEXT = 15;
    /** How many times larger than the diagram's thumbnails the nodes may grow: room for four lines. */
    private static final double NODE_GROWTH = 2.6;
    /** The corner line (the loss) and two lines for the chosen weight. */
    private static final int FOOTER_LINES = 3;
    /** Up to this many edges every edge carries its numbers; above, only those at the node or weight in focus. */
    static final int MOST_NUMBERED_EDGES = 10;

    private NetworkValues values;
    private int[] widths = new int[0];
    private int[] chosen;
    private NetworkLayout layout;

    public NetworkValuesView() {
        super("network-values");
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (layout != null) {
                int[] edge = layout.edgeAt(event.getX(), event.getY(), 6);
                if (edge != null) {
                    chosen = edge;
                    draw();
                }
            }
        });
    }

    /** The network and its numbers (null for none); a new shape forgets the chosen weight. */
    public void setValues(NetworkValues newValues) {
        values = newValues;
        int[] newWidths = newValues == null ? new int[0] : newValues.widths();
        if (!Arrays.equals(newWidths, widths)) {
            widths = newWidths;
            chosen = null;
        }
        draw();
    }

    /** Chooses the weight whose lines are written beneath (tests, sessions); null follows the highlighted one. */
    public void chooseWeight(int[] weight) {
        chosen = weight == null ? null : weight.clone();
        draw();
    }

    /** The weight whose lines are written: the learner's choice, else the highlighted one. */
    public int[] shownWeight() {
        return chosen != null ? chosen.clone() : values == null ? null : values.highlighted();
    }

    /** Where the last drawing put the nodes (tests); null before one. */
    NetworkLayout nodeLayout() { return layout; }

    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        if (values == null || widths.length == 0 || w < 40 || h < 40) {
            layout = null;
            return;
        }
        double s = typeScale();
        double footer = (FOOTER_LINES * 1.3 + 0.8) * TEXT * s;
        double top = 2 * TEXT * s;
        layout = new NetworkLayout(widths, 50 * s, top, w - 100 * s, h - top - footer - 6 * s, NODE_GROWTH * s);
        int[] shown = shownWeight();
        drawEdges(g, shown, s);
        drawNodes(g, s);
        drawHeadings(g, s);
        drawFooter(g, shown, h - footer, w, s);
    }

    /** Whether an edge's numbers are written: all of them on a small network, else those in focus. */
    private boolean numbered(int layer, int from, int to, int[] shown) {
        if (layout.edgeCount() <= MOST_NUMBERED_EDGES) {
            return true;
        }
        boolean shownEdge = shown != null && shown[0] == layer && shown[1] == from && shown[2] == to;
        return shownEdge || values.isCurrentNode(layer, to) || values.isCurrentNode(layer - 1, from);
    }

    private void drawEdges(GraphicsContext g, int[] shown, double s) {
        double largest = 1e-12;
        for (int l = 1; l < widths.length; l++) {
            for (int from = 0; from < widths[l - 1]; from++) {
                for (int to = 0; to < widths[l]; to++) {
                    largest = Math.max(largest, Math.abs(values.weight(l, from, to)));
                }
            }
        }
        double half = layout.nodeSize() / 2;
        g.setFont(Font.font(null, FontWeight.NORMAL, 0.85 * TEXT * s));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int pass = 0; pass < 2; pass++) {
            for (int l = 1; l < widths.length; l++) {
                double x0 = layout.columnX(l - 1) + half;
                double x1 = layout.columnX(l) - half;
                for (int from = 0; from < widths[l - 1]; from++) {
                    for (int to = 0; to < widths[l]; to++) {
                        boolean thick = shown != null && shown[0] == l && shown[1] == from && shown[2] == to;
                        double y0 = layout.nodeY(l - 1, from);
                        double y1 = layout.nodeY(l, to);
                        if (pass == 0) {
                            double weight = values.weight(l, from, to);
                            g.setStroke(thick ? ACCENT : ColorMaps.toColor(weight >= 0 ? POSITIVE : NEGATIVE));
                            g.setLineWidth((0.8 + 5 * Math.abs(weight) / largest) * s + (thick ? 3 * s : 0));
                            g.strokeLine(x0, y0, x1, y1);
                        } else if (numbered(l, from, to, shown)) {
                            // One distance along every edge: crossing edges then carry their plates at
                            // different heights (a fan out of a single node, near its far ends).
                            double t = widths[l - 1] == 1 ? 0.7 : 0.3;
                            String[] lines = values.edgeText(l, from, to).split("\n");
                            double lineHeight = 1.15 * TEXT * s;
                            double y = y0 + t * (y1 - y0) - (lines.length - 1) * lineHeight / 2;
                            for (int k = 0; k < lines.length; k++) {
                                TextPlates.write(g, lines[k], x0 + t * (x1 - x0), y + k * lineHeight,
                                        thick ? accentText() : PlotInk.ink(dark()), PlotInk.veil(dark()), 2 * s);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The accent as text on a plate: darker on light paper, as it is on dark. */
    private Color accentText() { return dark() ? ACCENT : ACCENT.darker(); }

    private void drawNodes(GraphicsContext g, double s) {
        double size = layout.nodeSize();
        Color ink = PlotInk.ink(dark());
        double line = Math.min(1.25 * TEXT * s, size / 5.4);
        for (int l = 0; l < widths.length; l++) {
            for (int n = 0; n < widths[l]; n++) {
                double x = layout.columnX(l) - size / 2;
                double y = layout.nodeY(l, n) - size / 2;
                g.setFill(PlotInk.paper(dark()));
                g.fillRoundRect(x, y, size, size, 12 * s, 12 * s);
                boolean current = values.isCurrentNode(l, n);
                g.setStroke(current ? ACCENT : ink);
                g.setLineWidth(current ? 4 * s : 1.2 * s);
                g.strokeRoundRect(x, y, size, size, 12 * s, 12 * s);
                g.setFill(ink);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.setFont(Font.font(null, FontWeight.BOLD, line / 1.2));
                g.fillText(values.nodeName(l, n), x + size / 2, y + 0.3 * line);
                g.setFont(Font.font(null, FontWeight.NORMAL, line / 1.2));
                List<String> lines = values.nodeLines(l, n);
                for (int i = 0; i < lines.size(); i++) {
                    g.fillText(lines.get(i), x + size / 2, y + (1.4 + i) * line, size - 4 * s);
                }
            }
        }
    }

    private void drawHeadings(GraphicsContext g, double s) {
        g.setFill(PlotInk.ink(dark()));
        g.setFont(Font.font(null, FontWeight.BOLD, TEXT * s));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int l = 0; l < widths.length; l++) {
            String heading = l == 0 ? "inputs" : l == widths.length - 1 ? "outputs" : "hidden layer " + l;
            g.fillText(heading, layout.columnX(l), 4 * s);
        }
    }

    private void drawFooter(GraphicsContext g, int[] shown, double top, double width, double s) {
        g.setFill(PlotInk.veil(dark()));
        g.fillRect(0, top, width, canvas().getHeight() - top);
        g.setFill(PlotInk.ink(dark()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(Font.font(null, FontWeight.BOLD, TEXT * s));
        g.fillText(values.corner(), 10 * s, top + 0.4 * TEXT * s, width - 20 * s);
        if (shown == null) {
            return;
        }
        g.setFont(Font.font(null, FontWeight.NORMAL, TEXT * s));
        List<String> lines = values.weightLines(shown[0], shown[1], shown[2]);
        for (int i = 0; i < lines.size() && i < FOOTER_LINES - 1; i++) {
            g.fillText(lines.get(i), 10 * s, top + 0.4 * TEXT * s + (i + 1) * 1.3 * TEXT * s, width - 20 * s);
        }
    }
}
