package org.stepwise.viz.view;

import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A table of metrics, one line each: the metric's name, its formula with this step's numbers in
 * it, and its value, right-aligned; a line whose metric is ill-defined has its value in vermillion
 * and a note instead of a formula. The classification metrics of a confusion matrix, the regression
 * metrics of a fit, the scores of a search. The type shrinks (to a floor) until every line fits the
 * height; a formula too wide for its line is cut with an ellipsis. Clears the whole canvas at
 * each draw.
 */
public final class MetricTableView extends PaperCanvasView {

    /**
     * One line: {@code name} (bold), {@code formula} (the numbers substituted; empty for none),
     * {@code value} as shown, and whether the metric is ill-defined here.
     */
    public record Line(String name, String formula, String value, boolean illDefined) {
        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The colour of an ill-defined metric's value: vermillion, as a warning. */
    static final Color ILL_DEFINED = ColorMaps.classColor(3);
    private static final double TYPE_SIZE = 15;
    private static final double SMALLEST_TYPE = 9;
    private static final double LINE_SPACING = 1.45;

    private final Text measure = new Text();
    private String title = "";
    private List<Line> lines = List.of();
    private double drawnSize;

    public MetricTableView() {
        super("metric-table-view");
        setMinSize(200, 120);
        setPrefSize(520, 420);
    }

    /** The title and the lines to show (copied). Draws once. */
    public void setTable(String newTitle, List<Line> newLines) {
        title = Objects.requireNonNull(newTitle, "title");
        lines = List.copyOf(newLines);
        draw();
    }

    /** The lines shown (tests). */
    public List<Line> lines() { return lines; }

    /** The title shown above the lines. */
    public String title() { return title; }

    /** The type size of the last draw, in pixels (tests). */
    double drawnSize() { return drawnSize; }

    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        if (width <= 0 || height <= 0 || (lines.isEmpty() && title.isEmpty())) {
            return;
        }
        int rows = lines.size() + (title.isEmpty() ? 0 : 1);
        double size = Math.max(SMALLEST_TYPE, Math.min(TYPE_SIZE * typeScale(), (height - 8) / (rows * LINE_SPACING)));
        drawnSize = size;
        Font bold = Font.font(null, FontWeight.BOLD, size);
        Font plain = Font.font(null, FontWeight.NORMAL, size);
        double step = size * LINE_SPACING;
        double pad = 0.6 * size;
        Color ink = PlotInk.ink(dark());
        g.setTextBaseline(VPos.CENTER);
        double y = 4 + step / 2;
        if (!title.isEmpty()) {
            g.setFill(ink);
            g.setFont(bold);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(fitted(title, bold, width - 2 * pad), pad, y);
            y += step;
        }
        double nameWidth = widest(bold, true) + pad;
        double valueWidth = widest(bold, false) + pad;
        for (Line line : lines) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(ink);
            g.setFont(bold);
            g.fillText(fitted(line.name(), bold, nameWidth), pad, y);
            g.setFont(plain);
            g.setFill(line.illDefined() ? ILL_DEFINED : ink);
            g.fillText(fitted(line.formula(), plain, width - 3 * pad - nameWidth - valueWidth), pad + nameWidth, y);
            g.setFont(bold);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(line.value(), width - pad, y);
            y += step;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private double widest(Font font, boolean names) {
        double widest = 0;
        for (Line line : lines) {
            widest = Math.max(widest, widthOf(names ? line.name() : line.value(), font));
        }
        return widest;
    }

    private double widthOf(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The text, cut at the end with an ellipsis until it is at most {@code room} pixels wide. */
    private String fitted(String text, Font font, double room) {
        if (widthOf(text, font) <= room) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String cut = text.substring(0, end) + "…";
            if (widthOf(cut, font) <= room) {
                return cut;
            }
        }
        return "";
    }
}
