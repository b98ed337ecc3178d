package org.stepwise.viz.lesson.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Paints LaTeX formulas with JLaTeXMath into AWT images, without JavaFX, so a test or the command
 * line can check that every formula of every card draws. Stateless.
 */
public final class CardRendering {

    /** Room around a display formula's glyphs so anti-aliased edges are not cut off. */
    private static final int DISPLAY_MARGIN = 2;
    /** Inside text a formula must sit as tightly as a word, or it reads as if spaces surrounded it. */
    private static final int TEXT_MARGIN = 1;

    private CardRendering() {
    }

    /**
     * A formula in TeX's display style, as cards show formulas on their own line.
     *
     * @param latex the formula; never {@code null}
     * @param size  the size of the formula's font in pixels
     * @param ink   the colour of the glyphs; the background stays transparent
     * @return a new ARGB image at least 1×1
     * @throws RuntimeException (JLaTeXMath's {@code ParseException}) when the LaTeX is malformed
     */
    public static BufferedImage paint(String latex, float size, Color ink) {
        return paint(latex, false, size, ink).image();
    }

    /**
     * A formula in display style, or in text style (smaller fractions and limits) when it sits in
     * running text.
     *
     * @throws RuntimeException (JLaTeXMath's {@code ParseException}) when the LaTeX is malformed
     */
    static PaintedFormula paint(String latex, boolean inText, float size, Color ink) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(inText ? TeXConstants.STYLE_TEXT
                : TeXConstants.STYLE_DISPLAY, size);
        int margin = inText ? TEXT_MARGIN : DISPLAY_MARGIN;
        icon.setInsets(new Insets(margin, margin, margin, margin));
        icon.setForeground(ink);
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // No component: the foreground set above is the only colour JLaTeXMath needs.
        icon.paintIcon(null, graphics, 0, 0);
        graphics.dispose();
        return new PaintedFormula(image, height - icon.getIconDepth());
    }

    /**
     * A painted formula and the row of its baseline, so running text and formula line up.
     *
     * @param image    the formula, transparent around the glyphs
     * @param baseline pixels from the top of the image to the formula's baseline
     */
    record PaintedFormula(BufferedImage image, int baseline) {
    }
}
