package org.stepwise.viz.view;

import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A labelled matrix as a heatmap: spectral clustering's affinity and Laplacian here, confusion
 * matrices, attention weights, correlations and Q-tables later. Values are coloured by a
 * {@link Scale}: sequential (viridis from {@code low} to {@code high}) or diverging (blue–white–red,
 * symmetric about 0). Rows and columns are shown in an {@linkplain #setOrder order} the lesson
 * chooses (the affinity matrix by cluster, so its blocks show), with an optional colour strip per
 * row and column naming its group; each row and column is labelled when its cell has room for the
 * type, and each cell holds its value when the value fits in it (a confusion matrix's counts). A
 * NaN cell is not yet known (a score surface filling in): drawn as the paper, with no value. One
 * cell may be {@linkplain #setOutlined outlined} (the best so far). Cells are square unless
 * {@linkplain #setSquareCells told otherwise} (a 30 × 2 score surface then fills its room).
 *
 * <p>Drawn cheaply, as {@link ImageGridView} is: one pixel per cell is written from a 256-colour
 * table into one image, which the canvas draws scaled up
 * without smoothing (a matrix over {@value #MOST_PIXELS} rows or columns is sampled down to that
 * many); no node per cell. Clears the whole canvas at each draw.
 */
public final class MatrixHeatmapView extends PaperCanvasView {

    /** Cell (row, column) of the matrix, read in the matrix's own indices. */
    @FunctionalInterface
    public interface Cells {
        double value(int row, int column);
    }

    /** How values become colours. */
    public sealed interface Scale {
        /** Viridis from {@code low} (dark) to {@code high} (yellow); values outside are clamped. */
        record Sequential(double low, double high) implements Scale {
        }

        /** Blue (−limit) through white (0) to red (+limit); values outside are clamped. */
        record Diverging(double limit) implements Scale {
        }
    }

    /** Rows or columns drawn at most: a larger matrix is sampled, since a screen shows no more. */
    static final int MOST_PIXELS = 1024;
    private static final double TITLE_SIZE = 15;
    private static final double LABEL_SIZE = 13;
    private static final double VALUE_SIZE = 13;
    private static final double STRIP = 6;
    private static final double BAR_WIDTH = 14;
    private static final int TABLE_SIZE = 256;

    private final int[] table = new int[TABLE_SIZE];
    private int rows;
    private int columns;
    private Cells cells = (r, c) -> 0;
    private Scale scale = new Scale.Sequential(0, 1);
    private IntFunction<String> rowLabel = i -> "";
    private IntFunction<String> columnLabel = i -> "";
    private int[] rowOrder;
    private int[] columnOrder;
    private int[] rowGroups;
    private int[] columnGroups;
    private String title = "";
    private String valueFormat = "%.2g";
    private WritableImage image;
    private boolean valuesShown;
    private int outlinedRow = -1;
    private int outlinedColumn = -1;
    private boolean square = true;

    public MatrixHeatmapView() {
        super("matrix-heatmap-view");
        setMinSize(160, 160);
        setPrefSize(420, 420);
    }

    /**
     * The matrix to show: {@code rowCount} × {@code columnCount} values read through {@code values}
     * when drawn, their labels (empty for none), and the scale; the order and groups go back to
     * the matrix's own. Draws once.
     */
    public void setMatrix(int rowCount, int columnCount, Cells values, Scale newScale, IntFunction<String> rowLabels,
                          IntFunction<String> columnLabels) {
        if (rowCount < 1 || columnCount < 1) {
            throw new IllegalArgumentException("a matrix needs a cell; got " + rowCount + " × " + columnCount);
        }
        rows = rowCount;
        columns = columnCount;
        cells = Objects.requireNonNull(values, "values");
        scale = Objects.requireNonNull(newScale, "scale");
        rowLabel = Objects.requireNonNull(rowLabels, "rowLabels");
        columnLabel = Objects.requireNonNull(columnLabels, "columnLabels");
        rowOrder = null;
        columnOrder = null;
        rowGroups = null;
        columnGroups = null;
        outlinedRow = -1;
        outlinedColumn = -1;
        fillTable();
        draw();
    }

    /**
     * Shows row {@code rowOrder[p]} at position p (and the same for the columns); null keeps the
     * matrix's order. {@code rowGroups[i]}, if not null, is matrix row i's group: a strip in that
     * class colour beside it (the same for columns). Draws once.
     */
    public void setOrder(int[] newRowOrder, int[] newColumnOrder, int[] newRowGroups, int[] newColumnGroups) {
        rowOrder = checked(newRowOrder, rows);
        columnOrder = checked(newColumnOrder, columns);
        rowGroups = newRowGroups == null ? null : newRowGroups.clone();
        columnGroups = newColumnGroups == null ? null : newColumnGroups.clone();
        draw();
    }

    /** The title above the matrix; printf format of the values written in cells (e.g. "%.0f" for counts). */
    public void setTitle(String newTitle, String newValueFormat) {
        title = Objects.requireNonNull(newTitle, "title");
        valueFormat = Objects.requireNonNull(newValueFormat, "valueFormat");
        draw();
    }


    /**
     * Outlines the cell at matrix row {@code row}, column {@code column} (in the matrix's own
     * indices, wherever the order shows it) with a thick line in the ink; −1 for none. Draws once.
     */
    public void setOutlined(int row, int column) {
        outlinedRow = row;
        outlinedColumn = column;
        draw();
    }

    /** Whether cells are square (the default) or stretched to fill the room in each direction. Draws once. */
    public void setSquareCells(boolean value) {
        square = value;
        draw();
    }

    /** The image of the cells written at the last draw, or null before; for tests. */
    WritableImage image() { return image; }

    /** Whether the last draw wrote the values in the cells; for tests. */
    boolean valuesShown() { return valuesShown; }

    /** Draws now: title, strips, the cells' image scaled up, labels, values, and the colour bar. */
    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        Color ink = PlotInk.ink(dark());
        valuesShown = false;
        if (rows == 0 || width <= 0 || height <= 0) {
            return;
        }
        writeImage();
        double s = typeScale();
        double right = 3 * BAR_WIDTH * s + 5 * VALUE_SIZE * s * 0.6;
        // Labels take room only when a cell is as tall as their type: 200 points get none.
        boolean labelled = Math.min((height - 2 * TITLE_SIZE * s) / rows, (width - right) / columns) >= LABEL_SIZE * s;
        double labelWidth = labelled ? labelRoom(rowLabel, rows, s) : 0;
        double labelHeight = labelled && labelRoom(columnLabel, columns, s) > 0 ? 1.5 * LABEL_SIZE * s : 0;
        double top = (title.isEmpty() ? 6 : 2 * TITLE_SIZE * s) + labelHeight + (columnGroups == null ? 0 : STRIP * s + 2);
        double left = 6 + labelWidth + (rowGroups == null ? 0 : STRIP * s + 2);
        double cellW = Math.max(0.1, (width - left - right) / columns);
        double cellH = Math.max(0.1, (height - top - 6) / rows);
        if (square) {
            cellW = Math.min(cellW, cellH);
            cellH = cellW;
        }
        double matrixW = cellW * columns;
        double matrixH = cellH * rows;
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0, image.getWidth(), image.getHeight(), left, top, matrixW, matrixH);
        g.setStroke(PlotInk.halo(ink));
        g.setLineWidth(1);
        g.strokeRect(left - 0.5, top - 0.5, matrixW + 1, matrixH + 1);
        drawStrips(g, left, top, cellW, cellH, s);
        g.setFill(ink);
        g.setTextBaseline(VPos.CENTER);
        if (!title.isEmpty()) {
            g.setFont(Font.font(null, FontWeight.BOLD, TITLE_SIZE * s));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(title, 6, TITLE_SIZE * s);
        }
        if (labelled) {
            drawLabels(g, left, top, cellW, cellH, labelHeight, s);
        }
        drawValues(g, left, top, cellW, cellH, s);
        drawOutline(g, left, top, cellW, cellH, ink, s);
        drawColourBar(g, left + matrixW + BAR_WIDTH * s, top, Math.min(matrixH, height - top - 6), ink, s);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawStrips(GraphicsContext g, double left, double top, double cellW, double cellH, double s) {
        if (rowGroups != null) {
            for (int p = 0; p < rows; p++) {
                g.setFill(ColorMaps.classColor(rowGroups[shownRow(p)]));
                g.fillRect(left - STRIP * s - 2, top + p * cellH, STRIP * s, Math.max(cellH, 1));
            }
        }
        if (columnGroups != null) {
            for (int p = 0; p < columns; p++) {
                g.setFill(ColorMaps.classColor(columnGroups[shownColumn(p)]));
                g.fillRect(left + p * cellW, top - STRIP * s - 2, Math.max(cellW, 1), STRIP * s);
            }
        }
    }

    private void drawOutline(GraphicsContext g, double left, double top, double cellW, double cellH, Color ink,
                             double s) {
        if (outlinedRow < 0 || outlinedColumn < 0 || outlinedRow >= rows || outlinedColumn >= columns) {
            return;
        }
        int p = positionOf(rowOrder, outlinedRow);
        int q = positionOf(columnOrder, outlinedColumn);
        double width = Math.min(4 * s, Math.max(1, Math.min(cellW, cellH) / 6));
        g.setStroke(ink);
        g.setLineWidth(width);
        g.strokeRect(left + q * cellW + width / 2, top + p * cellH + width / 2, cellW - width, cellH - width);
    }

    private static int positionOf(int[] order, int index) {
        if (order == null) {
            return index;
        }
        for (int p = 0; p < order.length; p++) {
            if (order[p] == index) {
                return p;
            }
        }
        return index;
    }

    /** Every row's and column's label, when a cell is as tall (wide) as the type. */
    private void drawLabels(GraphicsContext g, double left, double top, double cellW, double cellH, double labelHeight,
                            double s) {
        if (Math.min(cellW, cellH) < LABEL_SIZE * s) {
            return;
        }
        g.setFont(Font.font(null, FontWeight.NORMAL, LABEL_SIZE * s));
        double strip = rowGroups == null ? 0 : STRIP * s + 2;
        g.setTextAlign(TextAlignment.RIGHT);
        for (int p = 0; p < rows; p++) {
            g.fillText(rowLabel.apply(shownRow(p)), left - strip - 4, top + (p + 0.5) * cellH);
        }
        double columnStrip = columnGroups == null ? 0 : STRIP * s + 2;
        g.setTextAlign(TextAlignment.CENTER);
        for (int p = 0; p < columns && labelHeight > 0; p++) {
            g.fillText(columnLabel.apply(shownColumn(p)), left + (p + 0.5) * cellW, top - columnStrip - labelHeight / 2);
        }
    }

    /** Each cell's value, in black or white, whichever stands out on its colour, when every value fits. */
    private void drawValues(GraphicsContext g, double left, double top, double cellW, double cellH, double s) {
        double size = VALUE_SIZE * s;
        if (cellH < 1.6 * size || rows > MOST_PIXELS || columns > MOST_PIXELS) {
            return;
        }
        Font font = Font.font(null, FontWeight.NORMAL, size);
        int longest = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                longest = Math.max(longest, format(cells.value(r, c)).length());
            }
        }
        if (longest * 0.6 * size > cellW - 4) {
            return;
        }
        valuesShown = true;
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        double[] ends = ends();
        int nan = ColorMaps.argb(PlotInk.paper(dark()));
        for (int p = 0; p < rows; p++) {
            for (int q = 0; q < columns; q++) {
                double value = cells.value(shownRow(p), shownColumn(q));
                int argb = colourOf(value, ends, nan);
                g.setFill(ColorMaps.luminance(argb) > 0.35 ? Color.BLACK : Color.WHITE);
                g.fillText(format(value), left + (q + 0.5) * cellW, top + (p + 0.5) * cellH);
            }
        }
    }

    /** The scale's colours from its low end (bottom) to its high end (top), with both ends' values. */
    private void drawColourBar(GraphicsContext g, double x, double top, double height, Color ink, double s) {
        if (height < 40) {
            return;
        }
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            g.setFill(ColorMaps.toColor(table[(steps - 1 - i) * (TABLE_SIZE - 1) / (steps - 1)]));
            g.fillRect(x, top + i * height / steps, BAR_WIDTH * s, height / steps + 1);
        }
        g.setStroke(PlotInk.halo(ink));
        g.strokeRect(x - 0.5, top - 0.5, BAR_WIDTH * s + 1, height + 1);
        g.setFill(ink);
        g.setFont(Font.font(null, FontWeight.NORMAL, LABEL_SIZE * s));
        g.setTextAlign(TextAlignment.LEFT);
        double[] ends = ends();
        g.fillText(format(ends[1]), x + BAR_WIDTH * s + 4, top + LABEL_SIZE * s * 0.5);
        g.fillText(format(ends[0]), x + BAR_WIDTH * s + 4, top + height - LABEL_SIZE * s * 0.5);
    }

    /**
     * One pixel per shown cell (sampled past {@value #MOST_PIXELS}), through the colour table,
     * written into an array and handed to the image at once (a 300 × 300 affinity matrix was
     * 90,000 single-pixel writes).
     */
    private void writeImage() {
        int imageH = Math.min(rows, MOST_PIXELS);
        int imageW = Math.min(columns, MOST_PIXELS);
        if (image == null || image.getWidth() != imageW || image.getHeight() != imageH) {
            image = new WritableImage(imageW, imageH);
        }
        double[] ends = ends();
        int nan = ColorMaps.argb(PlotInk.paper(dark()));
        int[] pixels = new int[imageW * imageH];
        for (int y = 0; y < imageH; y++) {
            int row = shownRow((int) ((long) y * rows / imageH));
            for (int x = 0; x < imageW; x++) {
                pixels[y * imageW + x] = colourOf(cells.value(row, shownColumn((int) ((long) x * columns / imageW))),
                        ends, nan);
            }
        }
        image.getPixelWriter().setPixels(0, 0, imageW, imageH, PixelFormat.getIntArgbInstance(), pixels, 0, imageW);
    }

    private int colourOf(double value, double[] ends, int nan) {
        if (Double.isNaN(value)) {
            return nan;
        }
        double t = (value - ends[0]) / (ends[1] - ends[0]);
        if (!(t >= 0)) {
            t = 0;
        }
        return table[(int) Math.round(Math.min(1, t) * (TABLE_SIZE - 1))];
    }

    /** The values at the scale's two ends. */
    private double[] ends() {
        if (scale instanceof Scale.Diverging d) {
            return new double[] {-positive(d.limit()), positive(d.limit())};
        }
        Scale.Sequential q = (Scale.Sequential) scale;
        return new double[] {q.low(), q.high() > q.low() ? q.high() : q.low() + 1};
    }

    private static double positive(double limit) {
        return limit > 0 ? limit : 1;
    }

    private void fillTable() {
        for (int i = 0; i < TABLE_SIZE; i++) {
            double t = i / (TABLE_SIZE - 1.0);
            table[i] = scale instanceof Scale.Diverging ? ColorMaps.coolwarm(t) : ColorMaps.viridis(t);
        }
    }

    private int shownRow(int position) { return rowOrder == null ? position : rowOrder[position]; }

    private int shownColumn(int position) { return columnOrder == null ? position : columnOrder[position]; }

    private String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return String.format(Locale.ROOT, valueFormat, value);
    }

    /** The width the longest label needs, or 0 when the labels are empty. */
    private static double labelRoom(IntFunction<String> label, int count, double s) {
        int longest = 0;
        for (int i = 0; i < Math.min(count, MOST_PIXELS); i++) {
            longest = Math.max(longest, label.apply(i).length());
        }
        return longest * 0.6 * LABEL_SIZE * s + (longest > 0 ? 6 : 0);
    }

    private static int[] checked(int[] order, int count) {
        if (order == null) {
            return null;
        }
        if (order.length != count) {
            throw new IllegalArgumentException("an order of " + count + " positions; got " + order.length);
        }
        boolean[] seen = new boolean[count];
        for (int index : order) {
            if (index < 0 || index >= count || seen[index]) {
                throw new IllegalArgumentException("an order holds every index once; " + index + " is wrong");
            }
            seen[index] = true;
        }
        return order.clone();
    }
}
