package org.stepwise.viz.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.Domain;

/** Where the plot's own legend goes (the views that draw it in the plot: regularization, the bowl). */
class RacePictureTest {

    private static final PlotTransform PLOT = new PlotTransform(new Domain(-2, 2, -1, 3), 100, 50, 500, 500);
    private static final SegmentClip CLIP = new SegmentClip(80, 30, 620, 570);

    @Test
    void theLegendTakesACornerNoDrawnPointFallsIn() {
        // A path that ran up into the top right, where the legend used to be, and one through the top left.
        PathData ranAway = line("GD", 0, 0, 1, 2, 3.2, 200);
        PathData left = line("Adam", 5, -0.5, 1, -2.2, 3.2, 200);
        List<PathData> paths = List.of(ranAway, left);
        Rectangle2D box = PlotLegend.legendBounds(metrics(), paths, PLOT, CLIP, 500, 1);
        assertThat(box.getY()).as("not at the top").isGreaterThan(PLOT.top() + PLOT.height() / 2);
        for (PathData path : paths) {
            for (int i = 0; i < path.length(); i++) {
                double x = PLOT.toPixelX(path.x(i));
                double y = PLOT.toPixelY(path.y(i));
                assertThat(box.contains(x, y)).as("%s point %d", path.name(), i).isFalse();
            }
        }
        assertThat(PLOT.containsPixel(box.getX(), box.getY())).isTrue();
        assertThat(PLOT.containsPixel(box.getMaxX(), box.getMaxY())).isTrue();
    }

    @Test
    void withNothingInTheWayTheLegendStaysTopRight() {
        PathData shortPath = line("GD", 0, -1, 0, -0.5, 0.5, 20);
        Rectangle2D box = PlotLegend.legendBounds(metrics(), List.of(shortPath), PLOT, CLIP, 500, 1);
        assertThat(box.getMaxX()).isGreaterThan(PLOT.left() + PLOT.width() - 20);
        assertThat(box.getY()).isLessThan(PLOT.top() + 20);
    }

    /**
     * Two optimizers at one point, GD's circle drawn over Momentum's square: the square's corner
     * sticks out of the circle but lies under the circle's halo, which used to paint it white.
     * Markers are drawn in layers (halos, fills, outlines), so every outline shows whole.
     */
    @Test
    void markersThatMeetEachShowTheirWholeOutline() {
        PlotTransform plot = new PlotTransform(new Domain(-1, 1, -1, 1), 0, 0, 200, 200);
        SegmentClip clip = new SegmentClip(-20, -20, 220, 220);
        PathData gd = new PathData("GD", 0, new double[] {0}, new double[] {0}, 0, 0, false);
        PathData momentum = new PathData("Momentum", 1, new double[] {0}, new double[] {0}, 0, 0, false);
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        RacePicture.draw(g, List.of(), List.of(gd, momentum), plot, clip, 500, java.awt.Color.BLACK, 1,
                SurfaceMap.MUTED_LIGHT, false);
        g.dispose();
        // The square's corner, 12 px from the centre: outside the circle's outline, inside its halo.
        double corner = RacePicture.MARKER_RADIUS * Math.sqrt(Math.PI) / 2 - 0.4;
        int argb = image.getRGB((int) Math.round(100 + corner), (int) Math.round(100 - corner));
        assertThat(ColorMaps.contrast(argb, SurfaceMap.MUTED_LIGHT.pathArgb(1))).as("Momentum's colour")
                .isLessThan(1.3);
        // And the circle, on top, is whole too: its outline on the right of the centre.
        int circle = image.getRGB(100 + (int) Math.round(RacePicture.MARKER_RADIUS), 100);
        assertThat(ColorMaps.contrast(circle, SurfaceMap.MUTED_LIGHT.pathArgb(0))).isLessThan(1.3);
    }

    /**
     * The longest line is drawn first and the shortest last, on top: a zig-zag band (RMSprop in
     * Rosenbrock's valley) no longer hides a path that runs inside it, and a path that ran away
     * (to 1e200) counts as the longest, not as NaN.
     */
    @Test
    void theShortestLineIsDrawnOnTop() {
        double[] zigX = new double[100];
        double[] zigY = new double[100];
        for (int i = 0; i < 100; i++) {
            zigX[i] = -1 + i * 0.02;
            zigY[i] = 1 + (i % 2 == 0 ? 0.05 : -0.05);
        }
        PathData zigZag = new PathData("RMSprop", 4, zigX, zigY, 0, 0, false);
        PathData straight = line("Adam", 5, -1, 1, 1, 1, 100);
        PathData ranAway = new PathData("GD", 0, new double[] {-1, 1e200}, new double[] {1, 1e200}, 0, 0, true);
        assertThat(RacePicture.drawingOrder(List.of(straight, zigZag, ranAway), PLOT, 500)).containsExactly(2, 1, 0);
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        return g.getFontMetrics();
    }

    /** {@code count} points from (x0, y0) to (x1, y1). */
    private static PathData line(String name, int colour, double x0, double y0, double x1, double y1, int count) {
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
            double t = i / (count - 1.0);
            xs[i] = x0 + t * (x1 - x0);
            ys[i] = y0 + t * (y1 - y0);
        }
        return new PathData(name, colour, xs, ys, 0, 0, false);
    }
}
