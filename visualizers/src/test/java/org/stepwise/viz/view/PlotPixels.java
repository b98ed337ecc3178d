package org.stepwise.viz.view;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Counting a colour's pixels inside a plot in a snapshot: what view tests assert a picture shows. */
public final class PlotPixels {

    private PlotPixels() {
    }

    /** Pixels of the plot's rectangle within 3% of {@code color} in each channel. */
    public static int countNear(WritableImage image, Color color, PlotTransform plot) {
        PixelReader reader = image.getPixelReader();
        int count = 0;
        for (int y = (int) plot.top(); y < (int) (plot.top() + plot.height()); y++) {
            for (int x = (int) plot.left(); x < (int) (plot.left() + plot.width()); x++) {
                Color c = reader.getColor(x, y);
                if (Math.abs(c.getRed() - color.getRed()) < 0.03 && Math.abs(c.getGreen() - color.getGreen()) < 0.03
                        && Math.abs(c.getBlue() - color.getBlue()) < 0.03) {
                    count++;
                }
            }
        }
        return count;
    }
}
