package org.stepwise.viz.view;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Histograms by layer, as small multiples: one row per series (a network's initialization, a
 * layer type), one column per layer, each cell the histogram of that layer's values (activations,
 * gradients), with a note in its corner (its standard deviation). The rows are drawn on one scale
 * per cell, per row or for all ({@link Scale}): on a shared scale a distribution that collapses
 * through depth narrows to a spike and one that blows up spreads over the row, which is how
 * vanishing and exploding values read at a glance (Glorot &amp; Bengio 2010, Figs. 3 and 6).
 *
 * <p>A cell is given as counts over equal bins of [low, high]; drawn on a wider scale, each bin's
 * count goes to the bin of the scale its centre falls in. Bars are as tall as the cell's tallest
 * bin allows, so the shape reads in every cell whatever its count. One row may be highlighted
 * (the series the lesson's metrics report). On the {@link PaperCanvasView} base: one canvas, drawn
 * whole, in both themes and the lesson's type size.
 */
public final class HistogramsByLayerView extends PaperCanvasView {

    /** Which histograms share their x axis. */
    public enum Scale {
        /** Each cell on its own values' range: every shape readable. */
        EACH,
        /** Each row on one range: the layers of one series compared. */
        ROW,
        /** All cells on one range: the series compared with each other too. */
        SHARED
    }

    /**
     * One histogram: {@code counts} over equal bins of [{@code low}, {@code high}] and a note
     * written in its corner ("σ 0.63"; empty for none). The counts are read, not copied.
     */
    public record Cell(double low, double high, int[] counts, String note) {
    }

    private static final double TITLE_SIZE = 16;
    private static final double LABEL_SIZE = 13;
    private static final double NOTE_SIZE = 11.5;
    private static final double GAP = 5;

    private String title = "";
    private List<String> rowNames = List.of();
    private List<String> columnNames = List.of();
    private List<Color> rowColors = List.of();
    private Cell[][] cells = new Cell[0][];
    private int highlighted = -1;
    private Scale scale = Scale.ROW;

    public HistogramsByLayerView() {
        super("histograms-by-layer-view");
        setMinSize(240, 160);
        setPrefSize(900, 360);
    }

    /**
     * The histograms: {@code cells[row][column]}, rows named by {@code rowNames} and drawn in
     * {@code rowColors}, columns named by {@code columnNames} (layer numbers); the row
     * {@code highlightedRow} (-1 for none) is drawn bold. Draws at once.
     */
    public void setHistograms(String newTitle, List<String> newRowNames, List<Color> newRowColors,
                              List<String> newColumnNames, Cell[][] newCells, int highlightedRow) {
        title = newTitle;
        rowNames = List.copyOf(newRowNames);
        rowColors = List.copyOf(newRowColors);
        columnNames = List.copyOf(newColumnNames);
        cells = newCells;
        highlighted = highlightedRow;
        draw();
    }

    /** Which cells share their axis; draws at once. */
    public void setScale(Scale newScale) {
        scale = newScale;
        draw();
    }

    public Scale scale() { return scale; }

    /**
     * The range cell ({@code row}, {@code column}) is drawn on under the current {@link Scale}:
     * {low, high}.
     */
    public double[] range(int row, int column) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                boolean shares = scale == Scale.SHARED || scale == Scale.ROW && r == row || r == row && c == column;
                if (shares && cells[r][c] != null) {
                    low = Math.min(low, cells[r][c].low());
                    high = Math.max(high, cells[r][c].high());
                }
            }
        }
        return new double[] {low, high};
    }

    /**
     * The counts of {@code cell} spread onto {@code bins} equal bins of [low, high]: each of its
     * bins shares its count among the bins it overlaps, in proportion to the overlap (so that a
     * scale a little wider than the cell's own leaves no empty comb teeth). Returns a new array.
     */
    static double[] rebin(Cell cell, double low, double high, int bins) {
        double[] out = new double[bins];
        int[] counts = cell.counts();
        double width = (cell.high() - cell.low()) / counts.length;
        double perBin = bins / (high - low);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double from = Math.max(0, Math.min(bins, (cell.low() + i * width - low) * perBin));
            double to = Math.max(0, Math.min(bins, (cell.low() + (i + 1) * width - low) * perBin));
            if (to - from < 1e-12) {
                out[Math.min(bins - 1, (int) from)] += counts[i];
                continue;
            }
            for (int b = (int) from; b < bins && b < to; b++) {
                double overlap = Math.min(to, b + 1) - Math.max(from, b);
                out[b] += counts[i] * overlap / (to - from);
            }
        }
        return out;
    }

    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        if (cells == null || cells.length == 0 || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double s = typeScale();
        Color ink = PlotInk.ink(dark());
        g.setFill(ink);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(null, FontWeight.BOLD, TITLE_SIZE * s));
        g.fillText(title, 6, 4);
        double top = 4 + TITLE_SIZE * s * 1.3 + LABEL_SIZE * s * 1.3;
        double left = rowLabelWidth(s);
        int rows = cells.length;
        int columns = columnNames.size();
        double note = scale == Scale.EACH ? NOTE_SIZE * s * 1.3 : 0;
        double cellWidth = (getWidth() - left - 6) / columns;
        double rowHeight = (getHeight() - top - 4) / rows;
        g.setFont(Font.font(null, FontWeight.NORMAL, LABEL_SIZE * s));
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < columns; c++) {
            g.fillText(columnNames.get(c), left + (c + 0.5) * cellWidth, top - LABEL_SIZE * s * 1.3);
        }
        for (int r = 0; r < rows; r++) {
            double y = top + r * rowHeight;
            drawRowName(g, r, y, rowHeight, left, s, ink);
            for (int c = 0; c < columns && c < cells[r].length; c++) {
                drawCell(g, r, c, left + c * cellWidth + GAP / 2, y + GAP / 2, cellWidth - GAP,
                        rowHeight - GAP - note, s, ink);
            }
        }
    }

    /** Room for the longest row name and, on a shared scale, the range under it. */
    private double rowLabelWidth(double s) {
        double longest = 8 * LABEL_SIZE;
        for (int r = 0; r < rowNames.size(); r++) {
            longest = Math.max(longest, rowNames.get(r).length() * LABEL_SIZE);
            if (scale != Scale.EACH && r < cells.length && cells[r].length > 0 && cells[r][0] != null) {
                double[] range = range(r, 0);
                longest = Math.max(longest, (format(range[0]) + " … " + format(range[1])).length() * NOTE_SIZE);
            }
        }
        return Math.min(getWidth() * 0.3, 14 + longest * s * 0.6);
    }

    private void drawRowName(GraphicsContext g, int r, double y, double height, double left, double s, Color ink) {
        boolean bold = r == highlighted;
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(r < rowColors.size() ? rowColors.get(r) : ink);
        g.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, LABEL_SIZE * s));
        g.fillText(rowNames.get(r), left - 8, y + height / 2 - LABEL_SIZE * s);
        if (scale != Scale.EACH && cells[r].length > 0 && cells[r][0] != null) {
            double[] range = range(r, 0);
            g.setFill(ink);
            g.setFont(Font.font(null, FontWeight.NORMAL, NOTE_SIZE * s));
            g.fillText(format(range[0]) + " … " + format(range[1]), left - 8, y + height / 2 + 2);
        }
    }

    private void drawCell(GraphicsContext g, int r, int c, double x, double y, double width, double height, double s,
                          Color ink) {
        Cell cell = cells[r][c];
        g.setStroke(ink.deriveColor(0, 1, 1, 0.35));
        g.setLineWidth(1);
        g.strokeRect(x, y, width, height);
        if (cell == null) {
            return;
        }
        double[] range = range(r, c);
        double[] counts = scale == Scale.EACH ? java.util.Arrays.stream(cell.counts()).asDoubleStream().toArray()
                : rebin(cell, range[0], range[1], cell.counts().length);
        double tallest = 1e-300;
        for (double count : counts) {
            tallest = Math.max(tallest, count);
        }
        Color color = r < rowColors.size() ? rowColors.get(r) : ink;
        g.setFill(r == highlighted || highlighted < 0 ? color : color.deriveColor(0, 0.8, 1, 0.75));
        double bar = width / counts.length;
        double room = height - NOTE_SIZE * s * 1.4;
        for (int i = 0; i < counts.length; i++) {
            double h = room * counts[i] / tallest;
            if (counts[i] > 0) {
                g.fillRect(x + i * bar, y + height - Math.max(h, 1.5), Math.max(bar - 0.5, 1), Math.max(h, 1.5));
            }
        }
        if (range[0] < 0 && range[1] > 0) {
            double zero = x + width * (-range[0]) / (range[1] - range[0]);
            g.setStroke(ink.deriveColor(0, 1, 1, 0.5));
            g.setLineDashes(3, 3);
            g.strokeLine(zero, y, zero, y + height);
            g.setLineDashes();
        }
        g.setFill(ink);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(null, FontWeight.NORMAL, NOTE_SIZE * s));
        g.fillText(cell.note(), x + 3, y + 2);
        if (scale == Scale.EACH) {
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(format(range[0]) + " … " + format(range[1]), x + width / 2, y + height + 2);
        }
    }

    /** Two significant figures, short enough for a small cell: 0.63, 14, 7.8e4, 1.2e−5. */
    public static String format(double value) {
        double magnitude = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return value > 0 ? "∞" : value < 0 ? "−∞" : "?";
        }
        String text;
        if (magnitude < 0.01 || magnitude >= 1000) {
            String[] parts = String.format(Locale.ROOT, "%.1e", value).split("e");
            text = parts[0] + "e" + Integer.parseInt(parts[1]);
        } else {
            text = String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : "%.2g", value);
        }
        return text.replace('-', '−');
    }
}
