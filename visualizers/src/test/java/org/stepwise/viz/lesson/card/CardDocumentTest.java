package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CardDocumentTest {

    private static String card(String formulationBody) {
        StringBuilder text = new StringBuilder("# Title\n");
        for (String section : CardDocument.SECTIONS) {
            text.append("## ").append(section).append('\n');
            text.append(section.equals("Formulation") ? formulationBody : "Some text.").append("\n\n");
        }
        return text.toString();
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void parsesEveryElement() {
        CardDocument document = CardDocument.parse(card(
                "A **bold** word, $x^2$ inline and [[optimizers|a link]].\n- a bullet [[logistic-regression]]\n"
                        + "$$ a = b $$\n$$\n\\frac{1}{2}\n$$"));
        assertThat(document.title()).isEqualTo("Title");
        List<CardDocument.Block> blocks = document.sections().get("Formulation");
        assertThat(blocks).hasSize(4);
        var paragraph = (CardDocument.Paragraph) blocks.get(0);
        assertThat(paragraph.content()).containsExactly(new CardDocument.Text("A ", false),
                new CardDocument.Text("bold", true), new CardDocument.Text(" word, ", false), new CardDocument.Math("x^2"),
                new CardDocument.Text(" inline and ", false), new CardDocument.Link("optimizers", "a link"),
                new CardDocument.Text(".", false));
        assertThat(blocks.get(1)).isInstanceOf(CardDocument.Bullet.class);
        assertThat(blocks.get(2)).isEqualTo(new CardDocument.Formula("a = b"));
        assertThat(blocks.get(3)).isEqualTo(new CardDocument.Formula("\\frac{1}{2}"));
        assertThat(document.linkedLessons()).containsExactly("optimizers", "logistic-regression");
    }

    @Test
    void refusesMalformedCardsNamingTheLine() {
        assertThatThrownBy(() -> CardDocument.parse("no title")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> CardDocument.parse(card("$$\n\\frac{1}{2}")))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> CardDocument.parse("# T\n## Intent\nx\n## Nonsense\n"))
                .hasMessage("card line 4: unknown section 'Nonsense'; the sections are " + CardDocument.SECTIONS);
        assertThatThrownBy(() -> CardDocument.parse("# T\n## Formulation\n"))
                .hasMessageContaining("line 2").hasMessageContaining("out of order");
        assertThatThrownBy(() -> CardDocument.parse("# T\n## Intent\nonly one\n"))
                .hasMessageContaining("no section Formulation");
        assertThatThrownBy(() -> CardDocument.parse(card("an $unclosed formula"))).hasMessageContaining("never closed");
    }

    @Test
    void linksOpenLessonsAndBrokenFormulasShowTheirSource() {
        CardDocument document = CardDocument.parse(card("See [[optimizers|this]].\n$$ \\begin{array} $$"));
        List<String> opened = new java.util.ArrayList<>();
        ExplanationCard explanation = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            ExplanationCard created = new ExplanationCard(document, opened::add);
            new Scene(created, 500, 600);
            return created;
        });
        FxRobot robot = new FxRobot();
        Hyperlink link = robot.from(explanation.getContent()).lookup(".hyperlink").queryAs(Hyperlink.class);
        WaitForAsyncUtils.waitForAsyncFx(2000, link::fire);
        assertThat(opened).containsExactly("optimizers");
        assertThat(robot.from(explanation.getContent()).lookup(".card-formula-error").queryAll()).hasSize(1);
    }
}
