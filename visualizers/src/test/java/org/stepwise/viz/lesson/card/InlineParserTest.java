package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InlineParserTest {

    @Test
    void splitsTextBoldFormulasAndLinks() {
        assertThat(InlineParser.parse("A **bold** word, $x^2$ inline and [[optimizers|a link]].", 7)).containsExactly(
                new CardDocument.Text("A ", false),
                new CardDocument.Text("bold", true),
                new CardDocument.Text(" word, ", false),
                new CardDocument.InlineFormula("x^2"),
                new CardDocument.Text(" inline and ", false),
                new CardDocument.Link("optimizers", "a link"),
                new CardDocument.Text(".", false));
    }

    @Test
    void backquotesHoldCodeWhoseDollarsAndStarsAreText() {
        assertThat(InlineParser.parse("as `children_` and `**$x` do", 3)).containsExactly(
                new CardDocument.Text("as ", false),
                new CardDocument.Code("children_"),
                new CardDocument.Text(" and ", false),
                new CardDocument.Code("**$x"),
                new CardDocument.Text(" do", false));
        assertThatThrownBy(() -> InlineParser.parse("an `open one", 4)).hasMessageContaining("never closed");
    }

    @Test
    void aLinkWithoutTextShowsItsId() {
        assertThat(InlineParser.parse("[[logistic-regression]]", 1))
                .containsExactly(new CardDocument.Link("logistic-regression", "logistic-regression"));
    }

    @Test
    void boldCanHoldFormulasAndStaysBoldAroundThem() {
        assertThat(InlineParser.parse("**step $t$ here**", 1)).containsExactly(
                new CardDocument.Text("step ", true),
                new CardDocument.InlineFormula("t"),
                new CardDocument.Text(" here", true));
    }

    @Test
    void anEscapedDollarIsTextOutsideFormulasAndLatexInside() {
        assertThat(InlineParser.parse("costs \\$5, or $\\$5$", 1)).containsExactly(
                new CardDocument.Text("costs $5, or ", false),
                new CardDocument.InlineFormula("\\$5"));
    }

    @Test
    void reportsTheBlocksLine() {
        assertThatThrownBy(() -> InlineParser.parse("an $open formula", 42))
                .hasMessage("card line 42: an inline formula opened with $ is never closed");
    }
}
