package org.stepwise.viz.lesson.card;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A lesson's explanation card as a scrollable node: the title and the eight sections of its
 * {@link CardDocument}, formulas drawn by JLaTeXMath, and neighbour links that open other lessons.
 * A formula JLaTeXMath cannot read shows its source and a red note instead; the card never fails
 * to draw because of one formula. Formula images are cached per card, so switching the theme
 * back and forth paints each formula once per colour. Use on the JavaFX application thread.
 */
public final class ExplanationCard extends ScrollPane {

    private final CardDocument document;
    private final Consumer<String> openLesson;
    private final FormulaImages formulas = new FormulaImages();
    private final VBox content = new VBox(10);
    private boolean dark;

    /**
     * The card of a lesson, read from its resource.
     *
     * @param openLesson called with the lesson id of a followed link; never {@code null}
     * @throws IllegalArgumentException when the lesson has no card or its card is malformed
     */
    public ExplanationCard(String lessonId, Consumer<String> openLesson) {
        this(CardDocument.load(lessonId), openLesson);
    }

    /**
     * @param document   the card to show; never {@code null}
     * @param openLesson called with the lesson id of a followed link; never {@code null}
     */
    public ExplanationCard(CardDocument document, Consumer<String> openLesson) {
        this.document = Objects.requireNonNull(document, "document");
        this.openLesson = Objects.requireNonNull(openLesson, "openLesson");
        getStyleClass().add("explanation-card");
        content.setPadding(new Insets(14, 18, 28, 18));
        content.getStyleClass().add("explanation-card-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        rebuild();
    }

    /** The card being shown. */
    public CardDocument document() { return document; }

    /** Whether the card uses the dark palette. */
    public boolean isDark() { return dark; }

    /** Switches between the light and the dark palette; text and formulas are redrawn in the new ink. */
    public void setDark(boolean value) {
        if (value != dark) {
            dark = value;
            rebuild();
        }
    }

    /** How many formula images the card has painted so far (each formula once per size and colour). */
    int cachedFormulaCount() { return formulas.size(); }

    private void rebuild() {
        CardPalette palette = CardPalette.of(dark);
        Background background = new Background(new BackgroundFill(palette.background(), null, null));
        content.setBackground(background);
        // The viewport shows through below a short card.
        setBackground(background);
        setStyle("-fx-background: " + toWeb(palette.background()) + ";");
        content.getChildren().setAll(new CardNodes(palette, formulas, openLesson).card(document));
    }

    private static String toWeb(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
