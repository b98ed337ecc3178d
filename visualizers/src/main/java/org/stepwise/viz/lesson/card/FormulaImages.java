package org.stepwise.viz.lesson.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.swing.JLabel;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Renders LaTeX with JLaTeXMath into JavaFX images, drawn at twice the size and shown at half,
 * so formulas stay sharp on a projector. One cache per card (no static state).
 */
final class FormulaImages {

    private final Map<String, Image> cache = new HashMap<>();

    /**
     * The formula as an image of about {@code size} points.
     *
     * @throws RuntimeException (JLaTeXMath's ParseException) when the LaTeX is malformed
     */
    Image render(String latex, float size, Color ink) {
        return cache.computeIfAbsent(latex + '\u0000' + size + '\u0000' + ink.getRGB(),
                key -> SwingFXUtils.toFXImage(paint(latex, size * 2, ink), null));
    }

    /** Paints a formula into a transparent image. */
    static BufferedImage paint(String latex, float size, Color ink) {
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setForeground(ink);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(new JLabel(), g, 0, 0);
        g.dispose();
        return image;
    }
}
