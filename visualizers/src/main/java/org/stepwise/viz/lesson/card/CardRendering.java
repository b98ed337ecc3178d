package org.stepwise.viz.lesson.card;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Renders a card formula without JavaFX, for checks that every formula of every card draws. */
public final class CardRendering {

    private CardRendering() {
    }

    /**
     * @throws RuntimeException (JLaTeXMath's ParseException) when the LaTeX is malformed
     */
    public static BufferedImage paint(String latex, float size, Color ink) {
        return FormulaImages.paint(latex, size, ink);
    }
}
