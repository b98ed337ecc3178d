package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CardParserTest {

    /** A valid card: the title on line 1, then per section a heading line, one text line and a blank line. */
    static String card(UnaryOperator<String> formulation) {
        StringBuilder text = new StringBuilder("# A card\n");
        for (String section : CardDocument.SECTIONS) {
            text.append("## ").append(section).append('\n');
            text.append(section.equals("Formulation") ? formulation.apply("Some text.") : "Some text.").append("\n\n");
        }
        return text.toString();
    }

    private static List<CardDocument.Block> formulation(String body) {
        return CardDocument.parse(card(ignored -> body)).section("Formulation");
    }

    @Test
    void readsTitleAndTheEightSectionsInOrder() {
        CardDocument document = CardDocument.parse(card(UnaryOperator.identity()));
        assertThat(document.title()).isEqualTo("A card");
        assertThat(document.sections().keySet()).containsExactlyElementsOf(CardDocument.SECTIONS);
        assertThat(document.section("Intent")).containsExactly(
                new CardDocument.Paragraph(List.of(new CardDocument.Text("Some text.", false))));
    }

    @Test
    void joinsConsecutiveLinesIntoOneParagraphAndBlankLinesSplitThem() {
        assertThat(formulation("first line\nsecond line\n\nnext paragraph")).containsExactly(
                new CardDocument.Paragraph(List.of(new CardDocument.Text("first line second line", false))),
                new CardDocument.Paragraph(List.of(new CardDocument.Text("next paragraph", false))));
    }

    @Test
    void readsBulletsAndTheirContinuationLines() {
        assertThat(formulation("intro\n- one\n  still one\n- two **bold**")).containsExactly(
                new CardDocument.Paragraph(List.of(new CardDocument.Text("intro", false))),
                new CardDocument.Bullet(List.of(new CardDocument.Text("one still one", false))),
                new CardDocument.Bullet(List.of(new CardDocument.Text("two ", false), new CardDocument.Text("bold", true))));
    }

    @Test
    void readsDisplayFormulasOnOneLineOrSeveral() {
        assertThat(formulation("before\n$$ a = b $$\n$$\n\\frac{1}{2}\n+ x\n$$\nafter")).containsExactly(
                new CardDocument.Paragraph(List.of(new CardDocument.Text("before", false))),
                new CardDocument.DisplayFormula("a = b"),
                new CardDocument.DisplayFormula("\\frac{1}{2} + x"),
                new CardDocument.Paragraph(List.of(new CardDocument.Text("after", false))));
        assertThat(formulation("$$ x\n= y $$")).containsExactly(new CardDocument.DisplayFormula("x = y"));
    }

    @Test
    void collectsLinksAndFormulasInReadingOrder() {
        CardDocument document = CardDocument.parse(card(ignored ->
                "See [[optimizers|the optimizers]] and $x^2$.\n$$ y = 1 $$\n- also [[logistic-regression]]")
                .replace("## Try this\nSome text.", "## Try this\nAgain [[optimizers]] with $z$."));
        assertThat(document.linkedLessons()).containsExactly("optimizers", "logistic-regression", "optimizers");
        assertThat(document.formulas()).containsExactly("x^2", "y = 1", "z");
    }

    @Test
    void toleratesWindowsLineEndsAndAByteOrderMark() {
        CardDocument document = CardDocument.parse("\uFEFF" + card(UnaryOperator.identity()).replace("\n", "\r\n"));
        assertThat(document.title()).isEqualTo("A card");
        assertThat(document.sections()).hasSize(8);
    }

    @Test
    void theModelCannotBeChanged() {
        CardDocument document = CardDocument.parse(card(ignored -> "- a bullet"));
        assertThatThrownBy(() -> document.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> document.section("Formulation").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> document.section("Formulation").get(0).runs().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> malformedCards() {
        return Stream.of(
                arguments("# T\n## Intent\nx\n## Nonsense\nx", 4, "unknown section 'Nonsense'"),
                arguments("# T\n## Formulation\nx", 2, "section 'Intent' is missing before 'Formulation'"),
                arguments("# T\n## Intent\nx\n## Intent\nx", 4, "section 'Intent' appears again or out of order"),
                arguments("# T\n## Intent\nonly one", 3, "the card ends without the sections 'Formulation', 'Assumptions'"),
                arguments("# T\n## Intent\n\n## Formulation\nx", 2, "section 'Intent' is empty"),
                arguments("no title", 1, "a card starts with its title"),
                arguments("# \n## Intent", 1, "a card starts with its title"),
                arguments("\n# T\n## Intent", 1, "a card starts with its title"),
                arguments("# T\ntext before\n## Intent", 2, "text before the first '## Section'"),
                arguments("# T\n## Intent\n### Deeper", 3, "the only headings are"),
                arguments("# T\n## Intent\n$$\n\\frac{1}{2}\n", 3, "the display formula opened here with $$ is never closed"),
                arguments("# T\n## Intent\nx\n$$\nx\n## Formulation", 4, "the display formula opened here with $$ is never closed"),
                arguments("# T\n## Intent\n$$ $$", 3, "empty display formula"),
                arguments("# T\n## Intent\n$$ x $$ more", 3, "text after the closing $$"),
                arguments("# T\n## Intent\nok\n\nan $unclosed", 5, "an inline formula opened with $ is never closed"),
                arguments("# T\n## Intent\nsome **bold", 3, "bold text opened with ** is never closed"),
                arguments("# T\n## Intent\n- see [[optimizers", 3, "a link opened with [[ is never closed"),
                arguments("# T\n## Intent\nsee [[Not An Id]]", 3, "'Not An Id' is not a lesson id"),
                arguments("# T\n## Intent\nsee [[optimizers|]]", 3, "has no text after '|'"),
                arguments("# T\n## Intent\ncosts $$ here", 3, "empty inline formula"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformedCards")
    void refusesMalformedCardsNamingTheLine(String text, int line, String problem) {
        assertThatThrownBy(() -> CardDocument.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("card line " + line + ": ")
                .hasMessageContaining(problem);
    }
}
