package org.stepwise.viz.view;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Domain;

/**
 * Several small decision boundaries in a row (in a grid when that makes them larger), each with
 * a caption of one or more lines: a forest's newest trees, an
 * ensemble's members, boosting's weak learners. Each thumbnail is a {@link BoundaryRaster} of
 * {@value #RESOLUTION} pixels a side over the same domain as the lesson's main plot, painted once
 * per model (models are immutable: a thumbnail already painted is kept while its model is shown),
 * and one can be outlined as the newest. A title above the row says what they are.
 */
public final class BoundaryThumbnails extends PaperCanvasView {

    /** Raster pixels per side of a thumbnail. */
    static final int RESOLUTION = 96;
    private static final double TITLE_SIZE = 14;
    private static final double CAPTION_SIZE = 12;
    private static final double GAP = 8;

    /** One small boundary: the model, its caption, and whether it is outlined as the one to look at. */
    public record Thumbnail(ClassProbabilities model, String caption, boolean highlighted) {
    }

    private final BoundaryRaster raster = new BoundaryRaster(RESOLUTION, RESOLUTION, 1);
    private Map<ClassProbabilities, WritableImage> painted = new IdentityHashMap<>();
    private List<Thumbnail> thumbnails = List.of();
    private Domain domain;
    private String title = "";
    private int paintedPaper;
    private Color highlight = ColorMaps.classColor(1);
    /** Whether the pictures missing are painted on the FX thread ({@link #drawNow}). */
    private boolean paintingNow;
    /** Whether a request for the missing pictures is on the painter thread. */
    private boolean painting;

    public BoundaryThumbnails() {
        super("boundary-thumbnails");
        setMinSize(200, 100);
        setPrefSize(600, 180);
    }

    /** The thumbnails to show over {@code newDomain} (the main plot's), under {@code newTitle}; draws now. */
    public void setThumbnails(String newTitle, Domain newDomain, List<Thumbnail> newThumbnails) {
        if (!newDomain.equals(domain)) {
            painted = new IdentityHashMap<>();
        }
        title = newTitle;
        domain = newDomain;
        thumbnails = List.copyOf(newThumbnails);
        Map<ClassProbabilities, WritableImage> kept = new IdentityHashMap<>();
        for (Thumbnail each : thumbnails) {
            WritableImage image = painted.get(each.model());
            if (image != null) {
                kept.put(each.model(), image);
            }
        }
        painted = kept;
        draw();
    }

    /** The colour of the newest thumbnail's outline (the lesson's "newest" colour). */
    public void setHighlight(Color color) {
        highlight = color;
        draw();
    }

    /** How many thumbnails are shown. */
    public int count() { return thumbnails.size(); }

    /** The raster image of thumbnail i as last drawn, or null; for tests. */
    WritableImage image(int i) { return painted.get(thumbnails.get(i).model()); }

    @Override
    public void draw() {
        GraphicsContext g = clearedToPaper();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        if (thumbnails.isEmpty() || domain == null || width <= 0 || height <= 0) {
            return;
        }
        int paper = ColorMaps.argb(PlotInk.paper(dark()));
        if (paper != paintedPaper) {
            painted.clear();
            paintedPaper = paper;
            raster.setPaper(paper);
        }
        double scale = typeScale();
        Color ink = PlotInk.ink(dark());
        double gap = GAP * scale;
        double titleHeight = title.isEmpty() ? 0 : 1.6 * TITLE_SIZE * scale;
        double lineHeight = 1.3 * CAPTION_SIZE * scale;
        int lines = thumbnails.stream().mapToInt(t -> t.caption().split("\n", -1).length).max().orElse(1);
        double captionHeight = lines * lineHeight + gap / 2;
        int n = thumbnails.size();
        int columns = columnsFor(n, width, height - titleHeight, captionHeight, gap);
        double side = sideFor(n, columns, width, height - titleHeight, captionHeight, gap);
        if (side < 8) {
            return;
        }
        double left = (width - columns * (side + gap) + gap) / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        if (!title.isEmpty()) {
            g.setFont(Font.font(null, FontWeight.BOLD, TITLE_SIZE * scale));
            g.setFill(ink);
            g.fillText(title, width / 2, titleHeight / 2 + gap / 2);
        }
        for (int i = 0; i < n; i++) {
            Thumbnail each = thumbnails.get(i);
            double x = left + (i % columns) * (side + gap);
            double top = titleHeight + gap + (i / columns) * (side + captionHeight + gap);
            WritableImage image = imageOf(each.model());
            if (image != null) {
                g.drawImage(image, x, top, side, side);
            }
            boolean outlined = each.highlighted();
            g.setStroke(outlined ? highlight : PlotInk.halo(ink));
            g.setLineWidth(outlined ? 3 * scale : 1);
            g.strokeRect(x - 0.5, top - 0.5, side + 1, side + 1);
            g.setFill(ink);
            g.setFont(Font.font(null, outlined ? FontWeight.BOLD : FontWeight.NORMAL, captionSize(side, scale)));
            String[] captionLines = each.caption().split("\n", -1);
            for (int line = 0; line < captionLines.length; line++) {
                g.fillText(captionLines[line], x + side / 2, top + side + gap / 2 + (line + 0.5) * lineHeight);
            }
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /**
     * The number of columns (of the grid of n thumbnails) that makes them largest in width ×
     * height; of equally large grids, the one with fewer columns (fuller rows: 3 + 3, not 4 + 2).
     */
    static int columnsFor(int n, double width, double height, double captionHeight, double gap) {
        int best = n;
        for (int columns = n; columns >= 1; columns--) {
            if (sideFor(n, columns, width, height, captionHeight, gap) >= sideFor(n, best, width, height, captionHeight,
                    gap)) {
                best = columns;
            }
        }
        return best;
    }

    /** A thumbnail's side in a grid of that many columns. */
    private static double sideFor(int n, int columns, double width, double height, double captionHeight, double gap) {
        int rows = (n + columns - 1) / columns;
        return Math.min((width - gap) / columns - gap, (height - gap) / rows - captionHeight - gap);
    }

    /** The caption's type: the usual size, smaller when the longest line would not fit under its thumbnail. */
    private double captionSize(double side, double scale) {
        int longest = 1;
        for (Thumbnail each : thumbnails) {
            for (String line : each.caption().split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
        }
        // An average character is about 0.6 em wide.
        return Math.max(8, Math.min(CAPTION_SIZE * scale, (side + GAP * scale * 0.8) / (0.6 * longest)));
    }

    /** Paints every thumbnail not painted yet, now, and draws: before a snapshot. */
    @Override
    public void drawNow() {
        paintingNow = true;
        try {
            draw();
        } finally {
            paintingNow = false;
        }
    }

    /**
     * The thumbnail's picture, or null while it is painted in the background: a k-NN member's
     * 96 × 96 pixels cost 5-10 ms, which on the FX thread made the voting lesson's step late.
     */
    private WritableImage imageOf(ClassProbabilities model) {
        WritableImage image = painted.get(model);
        if (image == null && paintingNow) {
            raster.paint(model, domain);
            image = imageFrom(raster.pixels());
            painted.put(model, image);
        } else if (image == null) {
            paintLater();
        }
        return image;
    }

    private static WritableImage imageFrom(int[] pixels) {
        WritableImage image = new WritableImage(RESOLUTION, RESOLUTION);
        image.getPixelWriter().setPixels(0, 0, RESOLUTION, RESOLUTION, PixelFormat.getIntArgbInstance(), pixels, 0,
                RESOLUTION);
        return image;
    }

    /**
     * Paints the thumbnails that have no picture on the plot painter thread, one request at a
     * time, and draws again when they are in: a picture arriving for a model no longer shown, or
     * on another domain or paper, is dropped.
     */
    private void paintLater() {
        if (painting) {
            return;
        }
        painting = true;
        List<ClassProbabilities> missing = thumbnails.stream().map(Thumbnail::model)
                .filter(model -> !painted.containsKey(model)).toList();
        Domain on = domain;
        int paper = paintedPaper;
        PlotView.PAINTER.execute(() -> {
            BoundaryRaster own = new BoundaryRaster(RESOLUTION, RESOLUTION, 1);
            own.setPaper(paper);
            List<int[]> pictures = new java.util.ArrayList<>();
            for (ClassProbabilities model : missing) {
                own.paint(model, on);
                pictures.add(own.pixels().clone());
            }
            javafx.application.Platform.runLater(() -> {
                painting = false;
                if (on.equals(domain) && paper == paintedPaper) {
                    for (int i = 0; i < missing.size(); i++) {
                        ClassProbabilities model = missing.get(i);
                        if (thumbnails.stream().anyMatch(t -> t.model() == model)) {
                            painted.put(model, imageFrom(pictures.get(i)));
                        }
                    }
                }
                draw();
            });
        });
    }
}
