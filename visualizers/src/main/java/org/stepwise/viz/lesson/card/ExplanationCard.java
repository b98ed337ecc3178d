package org.stepwise.viz.lesson.card;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws a lesson's {@link CardDocument}: headings, paragraphs, bullets, formulas rendered by
 * JLaTeXMath and links that open neighbour lessons. A formula JLaTeXMath cannot read is shown
 * as its source with a note, never as a crash.
 */
public final class ExplanationCard extends ScrollPane {

    private static final double BODY = 16;
    private final CardDocument document;
    private final Consumer<String> openLesson;
    private final VBox content = new VBox(10);
    private final FormulaImages formulas = new FormulaImages();
    private boolean dark;

    /** The card of a lesson; {@code openLesson} is called with the id of a followed link. */
    public ExplanationCard(String lessonId, Consumer<String> openLesson) {
        this(CardDocument.load(lessonId), openLesson);
    }

    public ExplanationCard(CardDocument document, Consumer<String> openLesson) {
        this.document = document;
        this.openLesson = openLesson;
        getStyleClass().add("explanation-card");
        content.setPadding(new Insets(12, 16, 20, 16));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        build();
    }

    public CardDocument document() { return document; }

    /** Light or dark ink for text and formulas. */
    public void setDark(boolean value) {
        if (value != dark) {
            dark = value;
            build();
        }
    }

    private void build() {
        content.getChildren().clear();
        Label title = new Label(document.title());
        title.setFont(Font.font("System", FontWeight.BOLD, 24));
        title.setWrapText(true);
        title.setTextFill(ink());
        content.getChildren().add(title);
        document.sections().forEach((name, blocks) -> {
            Label heading = new Label(name);
            heading.setFont(Font.font("System", FontWeight.BOLD, 19));
            heading.setTextFill(dark ? Color.web("#79c0ff") : Color.web("#0b5394"));
            heading.setPadding(new Insets(8, 0, 0, 0));
            content.getChildren().add(heading);
            for (CardDocument.Block block : blocks) {
                content.getChildren().add(node(block));
            }
        });
    }

    private Node node(CardDocument.Block block) {
        if (block instanceof CardDocument.Formula formula) {
            Node drawn = formulaNode(formula.latex(), 24);
            if (drawn instanceof ImageView image) {
                // A long formula shrinks to the card's width instead of widening the card.
                double natural = image.getFitWidth();
                image.setPreserveRatio(true);
                image.setFitHeight(0);
                image.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.min(natural, Math.max(60, getViewportBounds().getWidth() - 50)),
                        viewportBoundsProperty()));
            }
            HBox box = new HBox(drawn);
            box.setPadding(new Insets(2, 0, 2, 14));
            return box;
        }
        if (block instanceof CardDocument.Bullet bullet) {
            TextFlow flow = flow(bullet.content());
            flow.getChildren().add(0, text("•  ", false));
            flow.setPadding(new Insets(0, 0, 0, 10));
            return flow;
        }
        return flow(((CardDocument.Paragraph) block).content());
    }

    private TextFlow flow(List<CardDocument.Inline> inlines) {
        TextFlow flow = new TextFlow();
        flow.setLineSpacing(3);
        for (CardDocument.Inline inline : inlines) {
            if (inline instanceof CardDocument.Text piece) {
                flow.getChildren().add(text(piece.text(), piece.bold()));
            } else if (inline instanceof CardDocument.Math math) {
                flow.getChildren().add(formulaNode(math.latex(), 19));
            } else if (inline instanceof CardDocument.Link link) {
                Hyperlink hyperlink = new Hyperlink(link.text());
                hyperlink.setFont(Font.font("System", FontWeight.BOLD, BODY));
                hyperlink.setPadding(Insets.EMPTY);
                hyperlink.setOnAction(e -> openLesson.accept(link.lessonId()));
                hyperlink.setUserData(link.lessonId());
                flow.getChildren().add(hyperlink);
            }
        }
        return flow;
    }

    private Node formulaNode(String latex, float size) {
        try {
            Image image = formulas.render(latex, size, awt(ink()));
            ImageView view = new ImageView(image);
            view.setFitWidth(image.getWidth() / 2);
            view.setFitHeight(image.getHeight() / 2);
            view.setSmooth(true);
            view.getStyleClass().add("card-formula");
            return view;
        } catch (RuntimeException unreadable) {
            Text source = new Text(latex + "  (formula could not be drawn)");
            source.setFont(Font.font("Monospaced", BODY - 2));
            source.setFill(Color.web("#D55E00"));
            source.getStyleClass().add("card-formula-error");
            return source;
        }
    }

    private Text text(String value, boolean bold) {
        Text text = new Text(value);
        text.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, BODY));
        text.setFill(ink());
        return text;
    }

    private Color ink() {
        return dark ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    private static java.awt.Color awt(Color color) {
        return new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue());
    }
}
