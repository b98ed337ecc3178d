package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Paints formulas with JLaTeXMath alone: no JavaFX toolkit is started here. */
class CardRenderingTest {

    static Stream<String> everyShippedFormula() {
        return CardDocumentTest.LESSONS.stream().flatMap(id -> CardDocument.load(id).formulas().stream());
    }

    @ParameterizedTest
    @MethodSource("everyShippedFormula")
    void everyFormulaOfEveryCardPaintsWithInk(String latex) {
        for (boolean inText : List.of(false, true)) {
            CardRendering.PaintedFormula painted = CardRendering.paint(latex, inText, 20, Color.BLACK);
            assertThat(painted.image().getWidth()).as(latex).isGreaterThan(4);
            assertThat(inkedPixels(painted.image())).as(latex).isGreaterThan(5);
            assertThat(painted.baseline()).isBetween(1, painted.image().getHeight());
        }
    }

    @Test
    void paintsInTheRequestedColourOnATransparentBackground() {
        BufferedImage image = CardRendering.paint("x^2 + y", 30, new Color(200, 30, 40));
        assertThat(image.getRGB(0, 0) >>> 24).as("corner is transparent").isZero();
        boolean foundInk = false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (argb >>> 24 == 255) {
                    assertThat(argb & 0xFFFFFF).isEqualTo(0xC81E28);
                    foundInk = true;
                }
            }
        }
        assertThat(foundInk).isTrue();
    }

    @Test
    void aSubscriptPutsTheBaselineAboveTheBottomAndTextStyleIsSmaller() {
        CardRendering.PaintedFormula subscript = CardRendering.paint("g_t", true, 40, Color.BLACK);
        assertThat(subscript.baseline()).isLessThan(subscript.image().getHeight() - 4);
        CardRendering.PaintedFormula display = CardRendering.paint("\\frac{a}{b}", false, 40, Color.BLACK);
        CardRendering.PaintedFormula text = CardRendering.paint("\\frac{a}{b}", true, 40, Color.BLACK);
        assertThat(text.image().getHeight()).isLessThan(display.image().getHeight());
    }

    @Test
    void malformedLatexIsRefused() {
        assertThatThrownBy(() -> CardRendering.paint("\\notacommand{x}", 20, Color.BLACK))
                .hasMessageContaining("notacommand");
        assertThatThrownBy(() -> CardRendering.paint("\\begin{array}", 20, Color.BLACK)).isInstanceOf(RuntimeException.class);
    }

    private static int inkedPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 > 128) {
                    count++;
                }
            }
        }
        return count;
    }
}
