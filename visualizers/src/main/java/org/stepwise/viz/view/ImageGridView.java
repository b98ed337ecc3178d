package org.stepwise.viz.view;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Small images in titled rows, each with a caption under it: digits, their reconstructions,
 * components as pictures, later filters, feature maps and generated samples. Every image has the
 * shape a {@code Dataset} gives ({@code imageHeight} × {@code imageWidth}, Digits 8 × 8), its
 * pixels read through a {@link Pixels} function and coloured by the row's {@link Scale}: grey from
 * white (low) to the ink (high), as scikit-learn's digits are shown, or a diverging map symmetric
 * about 0 for signed pictures (a component's loadings).
 *
 * <p>Drawn cheaply: the pixels of every image are written through one {@link PixelWriter} into one
 * small atlas image (an image's pixels side by side, at their own resolution), which one canvas
 * draws scaled up without smoothing, cell by cell, with the row titles and captions; no node per
 * cell. Clears the whole canvas at each draw.
 */
public final class ImageGridView extends PaperCanvasView {

    /** A picture's pixels: the value of pixel {@code pixel} (row-major) of image {@code image}. */
    @FunctionalInterface
    public interface Pixels {
        double value(int image, int pixel);
    }

    /** How a row's values become colours. */
    public sealed interface Scale {
        /** Grey: {@code low} white (the paper in the dark theme), {@code high} full ink. */
        record Grey(double low, double high) implements Scale {
        }

        /** Diverging blue–white–red, symmetric about 0, each image scaled by its own largest |value|. */
        record Diverging() implements Scale {
        }
    }

    /**
     * One row of images.
     *
     * @param title   written at the row's left ("original", "from 5 components")
     * @param count   how many images
     * @param pixels  read when drawn, until the next {@link #setRows}
     * @param scale   how the values are coloured
     * @param caption under each image ("7", "PC 3"); empty for none
     */
    public record Row(String title, int count, Pixels pixels, Scale scale, IntFunction<String> caption) {
        public Row {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(pixels, "pixels");
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(caption, "caption");
        }
    }

    private static final double GAP = 8;
    private static final double TITLE_SIZE = 14;
    private static final double CAPTION_SIZE = 13;

    private int height = 1;
    private int width = 1;
    private List<Row> rows = List.of();
    private WritableImage atlas;

    public ImageGridView() {
        super("image-grid-view");
        setMinSize(200, 120);
        setPrefSize(720, 360);
    }

    /**
     * The images to show, each {@code imageHeight} × {@code imageWidth} pixels, in rows; draws
     * them once.
     */
    public void setRows(int imageHeight, int imageWidth, List<Row> newRows) {
        if (imageHeight < 1 || imageWidth < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel; got " + imageHeight + " × "
                    + imageWidth);
        }
        height = imageHeight;
        width = imageWidth;
        rows = List.copyOf(newRows);
        draw();
    }


    /** How many images the rows hold in all. */
    public int imageCount() {
        return rows.stream().mapToInt(Row::count).sum();
    }

    /** The atlas written at the last draw (one image for every cell), or null before; for tests. */
    WritableImage atlas() { return atlas; }

    /** Draws now: the atlas, then each cell scaled up, with titles and captions. */
    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        Canvas canvas = canvas();
        Color ink = PlotInk.ink(dark());
        Color paper = PlotInk.paper(dark());
        int columns = rows.stream().mapToInt(Row::count).max().orElse(0);
        if (columns == 0 || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        writeAtlas(columns, ink, paper);
        double scale = typeScale();
        double titleWidth = 0;
        g.setFont(Font.font(null, FontWeight.BOLD, TITLE_SIZE * scale));
        for (Row row : rows) {
            titleWidth = Math.max(titleWidth, 0.62 * TITLE_SIZE * scale * row.title().length());
        }
        double gap = GAP * scale;
        double captionHeight = 1.4 * CAPTION_SIZE * scale;
        double left = titleWidth + 2 * gap;
        double cell = Math.min((canvas.getWidth() - left - gap) / columns - gap,
                (canvas.getHeight() - gap) / rows.size() - gap - captionHeight);
        cell = Math.max(cell, 4);
        // Whole screen pixels per image pixel where there is room: sharp squares, not blurred ones.
        double perPixel = Math.max(1, Math.floor(cell / Math.max(height, width)));
        double drawnH = perPixel * height;
        double drawnW = perPixel * width;
        g.setImageSmoothing(false);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double top = gap + r * (drawnH + captionHeight + gap);
            g.setFont(Font.font(null, FontWeight.BOLD, TITLE_SIZE * scale));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(ink);
            g.fillText(row.title(), left - gap, top + drawnH / 2);
            g.setFont(Font.font(null, FontWeight.NORMAL, CAPTION_SIZE * scale));
            g.setTextAlign(TextAlignment.CENTER);
            for (int i = 0; i < row.count(); i++) {
                double x = left + i * (drawnW + gap);
                g.drawImage(atlas, i * width, r * height, width, height, x, top, drawnW, drawnH);
                g.setStroke(PlotInk.halo(ink));
                g.setLineWidth(1);
                g.strokeRect(x - 0.5, top - 0.5, drawnW + 1, drawnH + 1);
                String caption = row.caption().apply(i);
                if (!caption.isEmpty()) {
                    g.setFill(ink);
                    g.fillText(caption, x + drawnW / 2, top + drawnH + captionHeight / 2);
                }
            }
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Every image's pixels, image i of row r at (i·width, r·height), through one pixel writer. */
    private void writeAtlas(int columns, Color ink, Color paper) {
        int atlasW = columns * width;
        int atlasH = rows.size() * height;
        if (atlas == null || atlas.getWidth() != atlasW || atlas.getHeight() != atlasH) {
            atlas = new WritableImage(atlasW, atlasH);
        }
        PixelWriter writer = atlas.getPixelWriter();
        int inkArgb = ColorMaps.argb(ink);
        int paperArgb = ColorMaps.argb(paper);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int i = 0; i < row.count(); i++) {
                double largest = row.scale() instanceof Scale.Diverging ? largestMagnitude(row, i) : 0;
                for (int pixel = 0; pixel < height * width; pixel++) {
                    double v = row.pixels().value(i, pixel);
                    int argb = row.scale() instanceof Scale.Grey grey
                            ? ColorMaps.blend(paperArgb, inkArgb, clamp((v - grey.low()) / (grey.high() - grey.low())))
                            : ColorMaps.coolwarm(largest > 0 ? 0.5 + 0.5 * v / largest : 0.5);
                    writer.setArgb(i * width + pixel % width, r * height + pixel / width, argb);
                }
            }
        }
    }

    private double largestMagnitude(Row row, int image) {
        double largest = 0;
        for (int pixel = 0; pixel < height * width; pixel++) {
            largest = Math.max(largest, Math.abs(row.pixels().value(image, pixel)));
        }
        return largest;
    }

    private static double clamp(double t) {
        return Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    }
}
