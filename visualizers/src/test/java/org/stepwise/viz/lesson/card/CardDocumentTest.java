package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.viz.lesson.LessonCatalog;
import org.stepwise.viz.lesson.LessonInfo;
import org.junit.jupiter.api.Test;

class CardDocumentTest {

    /** The lessons that exist; a card may only link to these. */
    static final Set<String> LESSONS = LessonCatalog.load().infos().stream().map(LessonInfo::id)
            .collect(java.util.stream.Collectors.toSet());

    static java.util.stream.Stream<String> lessonIds() {
        return LESSONS.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("lessonIds")
    void shippedCardsHaveTheEightSectionsInOrderAndLinkOnlyToExistingLessons(String lessonId) {
        CardDocument card = CardDocument.load(lessonId);
        assertThat(card.title()).isNotBlank();
        assertThat(card.sections().keySet()).containsExactlyElementsOf(CardDocument.SECTIONS);
        card.sections().forEach((name, blocks) -> assertThat(blocks).as(name).isNotEmpty());
        assertThat(card.linkedLessons()).isNotEmpty().allMatch(LESSONS::contains)
                .doesNotContain(lessonId);
        assertThat(card.section("Try this")).as("two or three guided experiments")
                .filteredOn(block -> block instanceof CardDocument.Bullet).hasSizeBetween(2, 3);
    }

    @Test
    void optimizersCardStatesTheUpdateRules() {
        List<String> formulas = CardDocument.load("optimizers").formulas();
        assertThat(formulas).contains(
                "\\theta \\leftarrow \\theta - \\alpha\\, g",
                "v \\leftarrow \\mu v + g",
                "\\theta \\leftarrow \\theta - \\alpha v",
                "\\theta \\leftarrow \\theta - \\alpha\\,(g + \\mu v)",
                "G \\leftarrow G + g^2",
                "\\theta \\leftarrow \\theta - \\frac{\\alpha\\, g}{\\sqrt{G} + \\varepsilon}",
                "s \\leftarrow \\rho s + (1-\\rho)\\, g^2",
                "\\theta \\leftarrow \\theta - \\frac{\\alpha\\, g}{\\sqrt{s} + \\varepsilon}",
                "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\, g",
                "v \\leftarrow \\beta_2 v + (1-\\beta_2)\\, g^2",
                "\\hat m = \\frac{m}{1-\\beta_1^{\\,t}}, \\qquad \\hat v = \\frac{v}{1-\\beta_2^{\\,t}}",
                "\\theta \\leftarrow \\theta - \\frac{\\alpha\\, \\hat m}{\\sqrt{\\hat v} + \\varepsilon}",
                "\\theta \\leftarrow \\theta - \\alpha \\lambda \\theta",
                "0 < \\alpha < \\frac{2}{\\lambda_{\\max}}");
    }

    @Test
    void logisticRegressionCardStatesModelObjectiveGradientAndBoundary() {
        List<String> formulas = CardDocument.load("logistic-regression").formulas();
        assertThat(formulas).anyMatch(f -> f.contains("\\sigma(z) = \\frac{1}{1 + e^{-z}}"))
                .anyMatch(f -> f.contains("\\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}"))
                .anyMatch(f -> f.contains("\\frac{1}{2Cn} \\lVert W \\rVert^2"))
                .anyMatch(f -> f.contains("\\frac{1}{n} X^\\top (p - y) + \\frac{\\beta}{Cn}"))
                .anyMatch(f -> f.contains("x_2 = -\\frac{\\beta_0 + \\beta_1 x_1}{\\beta_2}"));
    }

    @Test
    void perceptronCardStatesTheMistakeTheUpdateAndNovikoffsBound() {
        List<String> formulas = CardDocument.load("perceptron").formulas();
        assertThat(formulas).anyMatch(f -> f.contains("y_i \\, (w^\\top x_i + b) \\le 0"))
                .anyMatch(f -> f.contains("w \\leftarrow w + \\eta\\, y_i\\, x_i"))
                .anyMatch(f -> f.contains("\\left( \\frac{R}{\\gamma} \\right)^2"));
    }

    @Test
    void aMissingCardIsReportedWithItsPath() {
        assertThatThrownBy(() -> CardDocument.load("no-such-lesson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'no-such-lesson'")
                .hasMessageContaining("/org/stepwise/viz/cards/no-such-lesson.md");
    }
}
