package org.stepwise.viz.lesson.card;

import java.util.HashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The formulas of one card as JavaFX images, painted at {@link #OVERSAMPLING} times their shown
 * size so they stay sharp on high-density screens and when a projector scales the window up.
 * Each card owns one cache, keyed by (formula, style, size, colour); nothing is static.
 */
final class FormulaImages {

    /** Pixels painted per pixel shown. */
    static final double OVERSAMPLING = 2;

    private final Map<Key, FormulaImage> cache = new HashMap<>();

    /**
     * The formula drawn at {@code size} pixels in {@code ink}; painted once, then reused.
     *
     * @throws RuntimeException (JLaTeXMath's {@code ParseException}) when the LaTeX is malformed;
     *                          nothing is cached then
     */
    FormulaImage image(String latex, boolean inText, double size, Color ink) {
        Key key = new Key(latex, inText, size, ink);
        FormulaImage cached = cache.get(key);
        if (cached == null) {
            CardRendering.PaintedFormula painted = CardRendering.paint(latex, inText, (float) (size * OVERSAMPLING),
                    new java.awt.Color((float) ink.getRed(), (float) ink.getGreen(), (float) ink.getBlue()));
            Image image = SwingFXUtils.toFXImage(painted.image(), null);
            cached = new FormulaImage(image, image.getWidth() / OVERSAMPLING, image.getHeight() / OVERSAMPLING,
                    painted.baseline() / OVERSAMPLING);
            cache.put(key, cached);
        }
        return cached;
    }

    /** How many formula images this card holds. */
    int size() { return cache.size(); }

    private record Key(String latex, boolean inText, double size, Color ink) {
    }

    /**
     * A formula image and the size it is shown at.
     *
     * @param baseline distance from the top to the formula's baseline, in shown pixels
     */
    record FormulaImage(Image image, double width, double height, double baseline) {
    }
}
