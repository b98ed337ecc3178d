package org.stepwise.viz.view;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.GridCell;

/**
 * A grid world on the {@link PlotView} base: its cells (walls, the start, goals, pits, the cliff),
 * values as colour on a diverging scale around 0 with the numbers written in when the cells are
 * large enough, the greedy policy as arrows, action values as four triangles per cell (the
 * triangle toward each move coloured by Q(s, a)), and the agent with its episode's trace. Cell i
 * is at row i / columns, column i % columns, row 0 at the top. What a sweep changes (values,
 * arrows, triangles) is drawn on the base canvas; the agent and trace, which move every action,
 * on the top canvas. Clicks on a cell are reported ({@link CellClickListener}), for an editor.
 */
public final class GridWorldView extends PlotView {

    /** Told which cell was clicked and whether with the secondary button (or with Shift). */
    @FunctionalInterface
    public interface CellClickListener {
        void clicked(int cell, boolean secondary);
    }

    private static final int[] ROW_STEP = {-1, 0, 1, 0};
    private static final int[] COLUMN_STEP = {0, 1, 0, -1};
    private static final Color GOAL = Color.rgb(26, 133, 58);
    private static final Color PIT = Color.rgb(200, 40, 40);

    private int rows;
    private int columns;
    private IntFunction<GridCell> kinds = cell -> GridCell.EMPTY;
    private IntToDoubleFunction values;
    private IntUnaryOperator policy;
    private ActionValues actionValues;
    private int[] trace = new int[0];
    private int traceLength;
    private boolean agentShown;
    private CellClickListener clickListener;

    /** Q(s, a) of a cell and a move (0 up, 1 right, 2 down, 3 left). */
    @FunctionalInterface
    public interface ActionValues {
        double value(int cell, int action);
    }

    public GridWorldView() {
        super("grid-world-view");
        useAxisNames("", "");
        showTicks(false, false);
        setEqualScale(true);
        addLayer(this::drawCells);
        addMovingLayer(this::drawAgent);
        setOnMouseClicked(event -> {
            int cell = cellAt(event.getX(), event.getY());
            if (cell >= 0 && clickListener != null) {
                clickListener.clicked(cell, event.getButton() == MouseButton.SECONDARY || event.isShiftDown());
            }
        });
    }

    /** The grid: its size and each cell's kind (read when drawn, until the next call). */
    public void setWorld(int newRows, int newColumns, IntFunction<GridCell> newKinds) {
        boolean resized = newRows != rows || newColumns != columns;
        rows = newRows;
        columns = newColumns;
        kinds = newKinds;
        if (resized) {
            setDomain(defaultDomain());
        }
        redrawCanvas();
    }

    /** The values to colour the cells by (null: none); read when drawn. */
    public void setValues(IntToDoubleFunction newValues) {
        values = newValues;
        redrawCanvas();
    }

    /** The action to draw as an arrow in each cell (-1: none); null for no arrows. */
    public void setPolicy(IntUnaryOperator newPolicy) {
        policy = newPolicy;
        redrawCanvas();
    }

    /** Action values drawn as four triangles per cell instead of one colour; null for none. */
    public void setActionValues(ActionValues newValues) {
        actionValues = newValues;
        redrawCanvas();
    }

    /** The episode's cells from its start, the agent on the last when {@code agent}; length 0 for none. */
    public void setTrace(int[] cells, int length, boolean agent) {
        trace = cells;
        traceLength = length;
        agentShown = agent;
        redrawMoving();
    }

    public void setCellClickListener(CellClickListener listener) { clickListener = listener; }

    /** The cell under a pixel of the view, or -1 off the grid. */
    public int cellAt(double pixelX, double pixelY) {
        PlotTransform t = transform();
        if (t == null || rows == 0 || !t.containsPixel(pixelX, pixelY)) {
            return -1;
        }
        int column = (int) Math.floor(t.toDataX(pixelX));
        int row = rows - 1 - (int) Math.floor(t.toDataY(pixelY));
        return row < 0 || row >= rows || column < 0 || column >= columns ? -1 : row * columns + column;
    }

    @Override
    protected boolean hasContent() { return rows > 0; }

    @Override
    protected Domain defaultDomain() {
        return rows == 0 ? new Domain(0, 1, 0, 1) : new Domain(0, columns, 0, rows);
    }

    private double left(PlotTransform t, int cell) { return t.toPixelX(cell % columns); }

    private double top(PlotTransform t, int cell) { return t.toPixelY(rows - cell / columns); }

    private void drawCells(OverlayPen pen) {
        PlotTransform t = pen.transform();
        GraphicsContext g = pen.graphics();
        double size = t.width() / columns;
        double largest = largestMagnitude();
        for (int cell = 0; cell < rows * columns; cell++) {
            double x = left(t, cell);
            double y = top(t, cell);
            GridCell kind = kinds.apply(cell);
            if (kind == GridCell.WALL) {
                g.setFill(pen.ink().interpolate(pen.paper(), 0.25));
                g.fillRect(x, y, size, size);
                continue;
            }
            if (actionValues != null && acts(kind)) {
                for (int a = 0; a < 4; a++) {
                    g.setFill(shade(actionValues.value(cell, a), largest, pen.paper()));
                    triangle(g, x, y, size, a);
                    g.fill();
                }
                g.setStroke(pen.ink().deriveColor(0, 1, 1, 0.35));
                g.setLineWidth(pen.scale());
                g.strokeLine(x, y, x + size, y + size);
                g.strokeLine(x + size, y, x, y + size);
            } else {
                g.setFill(values != null && acts(kind) ? shade(values.applyAsDouble(cell), largest, pen.paper())
                        : pen.paper());
                g.fillRect(x, y, size, size);
            }
            marking(pen, g, kind, x, y, size);
        }
        drawGridLines(pen, g, t, size);
        for (int cell = 0; cell < rows * columns; cell++) {
            GridCell kind = kinds.apply(cell);
            if (acts(kind)) {
                writeNumbers(pen, g, cell, left(t, cell), top(t, cell), size);
                int action = policy == null ? -1 : policy.applyAsInt(cell);
                if (action >= 0) {
                    arrow(pen, g, left(t, cell) + size / 2, top(t, cell) + size / 2, size, action);
                }
            }
        }
    }

    private static boolean acts(GridCell kind) {
        return kind != GridCell.WALL && !kind.terminal() && kind != GridCell.CLIFF;
    }

    private double largestMagnitude() {
        double largest = 0;
        for (int cell = 0; cell < rows * columns; cell++) {
            if (!acts(kinds.apply(cell))) {
                continue;
            }
            for (int a = 0; a < 4; a++) {
                double v = actionValues != null ? actionValues.value(cell, a) : values != null ? values.applyAsDouble(cell) : 0;
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }

    /**
     * Blue for positive, red for negative, the paper at 0: a diverging scale, symmetric about 0, on
     * the square root of the value's share of the largest, so that the step costs still show beside
     * the cliff's −100.
     */
    private static Color shade(double value, double largest, Color paper) {
        if (!Double.isFinite(value) || largest == 0) {
            return paper;
        }
        double t = Math.signum(value) * Math.sqrt(Math.min(1, Math.abs(value) / largest));
        Color end = t > 0 ? Color.rgb(59, 110, 200) : Color.rgb(205, 70, 60);
        return paper.interpolate(end, 0.85 * Math.abs(t));
    }

    private static void triangle(GraphicsContext g, double x, double y, double size, int action) {
        double cx = x + size / 2;
        double cy = y + size / 2;
        g.beginPath();
        g.moveTo(cx, cy);
        switch (action) {
            case 0 -> { g.lineTo(x, y); g.lineTo(x + size, y); }
            case 1 -> { g.lineTo(x + size, y); g.lineTo(x + size, y + size); }
            case 2 -> { g.lineTo(x + size, y + size); g.lineTo(x, y + size); }
            default -> { g.lineTo(x, y + size); g.lineTo(x, y); }
        }
        g.closePath();
    }

    /** The goal's, pit's, cliff's and start's letters and colours. */
    private void marking(OverlayPen pen, GraphicsContext g, GridCell kind, double x, double y, double size) {
        String text = switch (kind) {
            case GOAL -> "+1";
            case PIT -> "−1";
            case CLIFF -> "−100";
            case START -> "S";
            default -> null;
        };
        if (text == null) {
            return;
        }
        Color color = kind == GridCell.GOAL ? GOAL : kind == GridCell.START ? pen.ink() : PIT;
        if (kind != GridCell.START) {
            g.setFill(color.deriveColor(0, 1, 1, kind == GridCell.CLIFF ? 0.3 : 0.2));
            g.fillRect(x, y, size, size);
            g.setStroke(color);
            g.setLineWidth(3 * pen.scale());
            g.strokeRect(x + 2 * pen.scale(), y + 2 * pen.scale(), size - 4 * pen.scale(), size - 4 * pen.scale());
        }
        double fontSize = Math.min(size * (kind == GridCell.START ? 0.3 : 0.8 / Math.max(2, text.length())),
                30 * pen.scale());
        g.setFont(Font.font(null, FontWeight.BOLD, fontSize));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(color);
        if (kind == GridCell.START) {
            g.fillText(text, x + 4 * pen.scale(), y + 2 * pen.scale());
        } else {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, x + size / 2, y + size / 2);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawGridLines(OverlayPen pen, GraphicsContext g, PlotTransform t, double size) {
        g.setStroke(pen.ink().deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(pen.scale());
        for (int c = 0; c <= columns; c++) {
            g.strokeLine(t.left() + c * size, t.top(), t.left() + c * size, t.top() + rows * size);
        }
        for (int r = 0; r <= rows; r++) {
            g.strokeLine(t.left(), t.top() + r * size, t.left() + columns * size, t.top() + r * size);
        }
    }

    /** V(s) under the arrow, or each Q(s, a) in its triangle, when the cell has room for them. */
    private void writeNumbers(OverlayPen pen, GraphicsContext g, int cell, double x, double y, double size) {
        double fontSize = Math.min(size * 0.17, 20 * pen.scale());
        if (fontSize < 11 * pen.scale()) {
            return;
        }
        g.setFont(Font.font(null, FontWeight.BOLD, fontSize));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(pen.ink());
        if (actionValues != null) {
            if (size < 110 * pen.scale()) {
                return;
            }
            for (int a = 0; a < 4; a++) {
                g.fillText(number(actionValues.value(cell, a)), x + size / 2 + COLUMN_STEP[a] * size * 0.3,
                        y + size / 2 + ROW_STEP[a] * size * 0.32);
            }
        } else if (values != null) {
            g.fillText(number(values.applyAsDouble(cell)), x + size / 2, y + size * 0.8);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private static String number(double v) {
        String text = Math.abs(v) >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : Math.abs(v) >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", v)
                : String.format(java.util.Locale.ROOT, "%.2f", v);
        return (text.matches("-0(\\.0*)?") ? text.substring(1) : text).replace('-', '−');
    }

    private void arrow(OverlayPen pen, GraphicsContext g, double cx, double cy, double size, int action) {
        double length = size * 0.28;
        double dx = COLUMN_STEP[action];
        double dy = ROW_STEP[action];
        double tipX = cx + dx * length;
        double tipY = cy + dy * length;
        g.setStroke(pen.ink());
        g.setFill(pen.ink());
        g.setLineWidth(Math.max(2, size * 0.05));
        g.strokeLine(cx - dx * length * 0.6, cy - dy * length * 0.6, tipX - dx * size * 0.06, tipY - dy * size * 0.06);
        double head = size * 0.14;
        g.fillPolygon(new double[] {tipX, tipX - dx * head - dy * head * 0.7, tipX - dx * head + dy * head * 0.7},
                new double[] {tipY, tipY - dy * head + dx * head * 0.7, tipY - dy * head - dx * head * 0.7}, 3);
    }

    /** The episode's trace through the cells' centres and the agent on its last cell. */
    private void drawAgent(OverlayPen pen) {
        if (traceLength == 0 || rows == 0) {
            return;
        }
        int from = Math.max(0, traceLength - 400);
        // Twice the room: a break (NaN) where the agent jumped (the cliff's way back to the start).
        double[] xs = new double[2 * (traceLength - from)];
        double[] ys = new double[xs.length];
        int count = 0;
        for (int i = from; i < traceLength; i++) {
            int cell = trace[i];
            if (i > from && Math.abs(cell / columns - trace[i - 1] / columns)
                    + Math.abs(cell % columns - trace[i - 1] % columns) > 1) {
                xs[count] = Double.NaN;
                ys[count++] = Double.NaN;
            }
            xs[count] = cell % columns + 0.5;
            ys[count++] = rows - cell / columns - 0.5;
        }
        Color trail = ColorMaps.seriesColor(1, false);
        pen.path(xs, ys, count, trail.deriveColor(0, 1, 1, 0.75), 4);
        if (agentShown) {
            pen.mark(xs[count - 1], ys[count - 1], 0, 11, trail, false);
        }
    }
}
