package org.stepwise.viz.lesson.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Turns a {@link CardDocument} into JavaFX nodes in one palette: title, section headings with
 * an icon, paragraphs and bullets as text flows with inline formulas and links, display formulas
 * on a tinted panel. Sizes are for a projector: body text 17 px, headings 21 px, title 28 px.
 */
final class CardNodes {

    static final double TITLE_SIZE = 28;
    static final double HEADING_SIZE = 21;
    static final double BODY_SIZE = 17;
    /** TeX's Computer Modern looks smaller than the sans-serif body at the same size. */
    static final double INLINE_FORMULA_SIZE = 19;
    static final double DISPLAY_FORMULA_SIZE = 22;

    private static final Map<String, Ikon> SECTION_ICONS = Map.of(
            "Intent", MaterialDesignT.TARGET,
            "Formulation", MaterialDesignS.SIGMA,
            "Assumptions", MaterialDesignA.ALERT_OUTLINE,
            "When to prefer", MaterialDesignT.THUMB_UP_OUTLINE,
            "When to avoid", MaterialDesignT.THUMB_DOWN_OUTLINE,
            "Neighbour methods", MaterialDesignG.GRAPH_OUTLINE,
            "Diagnostics", MaterialDesignS.STETHOSCOPE,
            "Try this", MaterialDesignF.FLASK_OUTLINE);

    private final CardPalette palette;
    private final FormulaImages formulas;
    private final Consumer<String> openLesson;
    private final Function<CardDocument.TryItLink, Node> tryButton;

    /** @param tryButton makes the button of a Try-it declaration (the card keeps its state) */
    CardNodes(CardPalette palette, FormulaImages formulas, Consumer<String> openLesson,
              Function<CardDocument.TryItLink, Node> tryButton) {
        this.palette = palette;
        this.formulas = formulas;
        this.openLesson = openLesson;
        this.tryButton = tryButton;
    }

    /** The whole card, top to bottom. Consecutive display formulas share one panel, like lines of an algorithm. */
    List<Node> card(CardDocument document) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(title(document.title()));
        document.sections().forEach((name, blocks) -> {
            nodes.add(heading(name));
            List<String> formulaRun = new ArrayList<>();
            for (CardDocument.Block block : blocks) {
                if (block instanceof CardDocument.DisplayFormula formula) {
                    formulaRun.add(formula.latex());
                    continue;
                }
                if (!formulaRun.isEmpty()) {
                    nodes.add(formulaPanel(formulaRun));
                    formulaRun.clear();
                }
                nodes.add(block(block));
            }
            if (!formulaRun.isEmpty()) {
                nodes.add(formulaPanel(formulaRun));
            }
        });
        return nodes;
    }

    private Node title(String text) {
        Label title = new Label(text);
        title.setFont(Font.font("System", FontWeight.BOLD, TITLE_SIZE));
        title.setTextFill(palette.ink());
        title.setWrapText(true);
        title.getStyleClass().add("card-title");
        return title;
    }

    private Node heading(String name) {
        FontIcon icon = FontIcon.of(SECTION_ICONS.get(name), (int) HEADING_SIZE, palette.accent());
        Label label = new Label(name, icon);
        label.setGraphicTextGap(10);
        label.setFont(Font.font("System", FontWeight.BOLD, HEADING_SIZE));
        label.setTextFill(palette.accent());
        label.setMaxWidth(Double.MAX_VALUE);
        label.setPadding(new Insets(16, 0, 5, 0));
        label.setBorder(new Border(new BorderStroke(palette.muted(), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(0, 0, 1.5, 0))));
        label.getStyleClass().add("card-heading");
        return label;
    }

    /** A paragraph or a bullet. */
    private Node block(CardDocument.Block block) {
        TextFlow flow = flow(block.runs());
        if (block instanceof CardDocument.Bullet) {
            // The mark sits outside the flow so wrapped lines hang under the text, not under the mark.
            Text mark = new Text("•");
            mark.setFont(Font.font("System", FontWeight.BOLD, BODY_SIZE + 2));
            mark.setFill(palette.accent());
            TextFlow markFlow = new TextFlow(mark);
            markFlow.setMinWidth(18);
            markFlow.setPrefWidth(18);
            HBox bullet = new HBox(4, markFlow, flow);
            HBox.setHgrow(flow, Priority.ALWAYS);
            bullet.setAlignment(Pos.TOP_LEFT);
            bullet.setPadding(new Insets(0, 0, 0, 6));
            bullet.getStyleClass().add("card-bullet");
            return bullet;
        }
        flow.getStyleClass().add("card-paragraph");
        return flow;
    }

    private TextFlow flow(List<CardDocument.Inline> runs) {
        TextFlow flow = new TextFlow();
        flow.setLineSpacing(4);
        flow.setMinWidth(0);
        for (CardDocument.Inline run : runs) {
            if (run instanceof CardDocument.Text text) {
                flow.getChildren().add(text(text.text(), text.bold()));
            } else if (run instanceof CardDocument.Code code) {
                flow.getChildren().add(code(code.text()));
            } else if (run instanceof CardDocument.InlineFormula formula) {
                flow.getChildren().addAll(inlineFormula(formula.latex()));
            } else if (run instanceof CardDocument.Link link) {
                flow.getChildren().add(link(link, flow));
            } else if (run instanceof CardDocument.TryItLink tryIt) {
                flow.getChildren().addAll(text(" ", false), tryButton.apply(tryIt));
            }
        }
        return flow;
    }

    private Text text(String value, boolean bold) {
        Text text = new Text(value);
        text.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, BODY_SIZE));
        text.setFill(palette.ink());
        return text;
    }

    /** Code in a fixed-width face a little smaller than the body, so it sits in the line. */
    private Text code(String value) {
        Text text = new Text(value);
        text.setFont(Font.font("Monospaced", FontWeight.NORMAL, BODY_SIZE * 0.92));
        text.setFill(palette.ink());
        return text;
    }

    private Hyperlink link(CardDocument.Link link, TextFlow flow) {
        Hyperlink hyperlink = new CardLink(link.text(),
                FontIcon.of(MaterialDesignA.ARROW_TOP_RIGHT, (int) BODY_SIZE, palette.accent()), flow);
        hyperlink.setContentDisplay(ContentDisplay.RIGHT);
        hyperlink.setGraphicTextGap(1);
        hyperlink.setFont(Font.font("System", FontWeight.BOLD, BODY_SIZE));
        hyperlink.setTextFill(palette.accent());
        hyperlink.setUnderline(true);
        hyperlink.setPadding(Insets.EMPTY);
        hyperlink.setBorder(Border.EMPTY);
        hyperlink.setUserData(link.lessonId());
        hyperlink.getStyleClass().add("card-link");
        hyperlink.setOnAction(event -> openLesson.accept(link.lessonId()));
        return hyperlink;
    }

    private List<Node> inlineFormula(String latex) {
        try {
            return List.of(new InlineFormulaView(formulas.image(latex, true, INLINE_FORMULA_SIZE, palette.ink())));
        } catch (RuntimeException unreadable) {
            Text source = new Text("$" + latex + "$");
            source.setFont(Font.font("Monospaced", BODY_SIZE - 1));
            source.setFill(palette.ink());
            source.getStyleClass().add("card-formula-error");
            Text note = new Text(" (formula could not be drawn)");
            note.setFont(Font.font("System", FontWeight.BOLD, BODY_SIZE - 1));
            note.setFill(palette.danger());
            return List.of(source, note);
        }
    }

    private Node formulaPanel(List<String> formulasInOrder) {
        VBox panel = new VBox(6);
        panel.setPadding(new Insets(8, 12, 8, 12));
        panel.setBackground(new Background(new BackgroundFill(palette.formulaFill(), new CornerRadii(0, 6, 6, 0, false),
                Insets.EMPTY)));
        panel.setBorder(new Border(new BorderStroke(palette.accent(), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
                new BorderWidths(0, 0, 0, 3))));
        panel.getStyleClass().add("card-formula-panel");
        for (String latex : formulasInOrder) {
            panel.getChildren().add(displayFormula(latex));
        }
        return panel;
    }

    private Node displayFormula(String latex) {
        try {
            return new FormulaBox(formulas.image(latex, false, DISPLAY_FORMULA_SIZE, palette.ink()));
        } catch (RuntimeException unreadable) {
            VBox fallback = new VBox(4, wrapped(latex, Font.font("Monospaced", BODY_SIZE - 1), palette.ink()),
                    wrapped("This formula could not be drawn: " + unreadable.getMessage(),
                            Font.font("System", FontWeight.BOLD, BODY_SIZE - 1), palette.danger()));
            fallback.setPadding(new Insets(6, 8, 6, 8));
            fallback.setBorder(new Border(new BorderStroke(palette.danger(), BorderStrokeStyle.DASHED,
                    new CornerRadii(4), new BorderWidths(1.5))));
            fallback.getStyleClass().add("card-formula-error");
            return fallback;
        }
    }

    private static TextFlow wrapped(String value, Font font, Color fill) {
        Text text = new Text(value);
        text.setFont(font);
        text.setFill(fill);
        TextFlow flow = new TextFlow(text);
        flow.setMinWidth(0);
        return flow;
    }
}
