package org.stepwise.viz.lesson.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * A lesson's explanation card as a scrollable node: the title and the eight sections of its
 * {@link CardDocument}, formulas drawn by JLaTeXMath, neighbour links that open other lessons,
 * and a <b>Try it</b> button after each experiment that declares its settings ({@link TryIt}).
 * A formula JLaTeXMath cannot read shows its source and a red note instead; the card never fails
 * to draw because of one formula. Formula images are cached per card, so switching the theme
 * back and forth paints each formula once per colour. Use on the JavaFX application thread.
 *
 * <p>The button of the experiment last applied reads <b>Undo</b> until another is applied:
 * pressing it asks the host to put back what was there before.
 */
public final class ExplanationCard extends ScrollPane {

    /** What the card's Try-it buttons do; the lesson panel applies experiments. */
    public interface Experiments {
        /** Sets what {@code settings} declares; false (the reason shown by the host) when refused. */
        boolean apply(TryIt settings);

        /** Puts back the state before the last applied experiment. */
        void undo();
    }

    /** Buttons that only say they are not connected: a card shown outside a lesson. */
    public static final Experiments NO_EXPERIMENTS = new Experiments() {
        @Override public boolean apply(TryIt settings) { return false; }
        @Override public void undo() { }
    };

    static final String TRY_TEXT = "Try it";
    static final String UNDO_TEXT = "Undo";

    private final CardDocument document;
    private final Consumer<String> openLesson;
    private final Experiments experiments;
    private final FormulaImages formulas = new FormulaImages();
    private final VBox content = new VBox(10);
    private final List<Button> tryButtons = new ArrayList<>();
    /** The index of the experiment last applied (its button reads Undo), or -1. */
    private int applied = -1;
    private boolean dark;

    /**
     * The card of a lesson, read from its resource.
     *
     * @param openLesson  called with the lesson id of a followed link; never {@code null}
     * @param experiments applies the experiments' settings; never {@code null}
     * @throws IllegalArgumentException when the lesson has no card or its card is malformed
     */
    public ExplanationCard(String lessonId, Consumer<String> openLesson, Experiments experiments) {
        this(CardDocument.load(lessonId), openLesson, experiments);
    }

    /**
     * A card whose Try-it buttons do nothing.
     *
     * @param document   the card to show; never {@code null}
     * @param openLesson called with the lesson id of a followed link; never {@code null}
     */
    public ExplanationCard(CardDocument document, Consumer<String> openLesson) {
        this(document, openLesson, NO_EXPERIMENTS);
    }

    /**
     * @param document    the card to show; never {@code null}
     * @param openLesson  called with the lesson id of a followed link; never {@code null}
     * @param experiments applies the experiments' settings; never {@code null}
     */
    public ExplanationCard(CardDocument document, Consumer<String> openLesson, Experiments experiments) {
        this.document = Objects.requireNonNull(document, "document");
        this.openLesson = Objects.requireNonNull(openLesson, "openLesson");
        this.experiments = Objects.requireNonNull(experiments, "experiments");
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

    /** The Try-it buttons, in reading order (tests). */
    public List<Button> tryButtons() { return List.copyOf(tryButtons); }

    /** Forgets the experiment last applied (the learner's state was replaced): every button reads Try it again. */
    public void forgetApplied() {
        applied = -1;
        refreshButtons();
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
        tryButtons.clear();
        content.getChildren().setAll(new CardNodes(palette, formulas, openLesson, this::tryButton).card(document));
        refreshButtons();
    }

    private Node tryButton(CardDocument.TryItLink link) {
        int index = tryButtons.size();
        Button button = new Button(link.text());
        button.setFont(Font.font("System", FontWeight.BOLD, CardNodes.BODY_SIZE));
        button.setPadding(new Insets(1, 8, 1, 6));
        button.getStyleClass().add("card-try-it");
        button.setUserData(link.settings());
        button.setOnAction(event -> pressed(index));
        tryButtons.add(button);
        return button;
    }

    private void pressed(int index) {
        if (index == applied) {
            applied = -1;
            experiments.undo();
        } else if (experiments.apply((TryIt) tryButtons.get(index).getUserData())) {
            applied = index;
        }
        refreshButtons();
    }

    private void refreshButtons() {
        for (int index = 0; index < tryButtons.size(); index++) {
            Button button = tryButtons.get(index);
            boolean undo = index == applied;
            button.setText(undo ? UNDO_TEXT : TRY_TEXT);
            button.setGraphic(FontIcon.of(undo ? MaterialDesignU.UNDO : MaterialDesignP.PLAY_CIRCLE_OUTLINE,
                    (int) CardNodes.BODY_SIZE, CardPalette.of(dark).accent()));
            button.setTooltip(new Tooltip(undo ? "Back to the data and settings you had before this experiment"
                    : "Sets the data and parameters this experiment describes (the rest at the lesson's "
                    + "defaults) and runs again from step 0"));
        }
    }

    private static String toWeb(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
