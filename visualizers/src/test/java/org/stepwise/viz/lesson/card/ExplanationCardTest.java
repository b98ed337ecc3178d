package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.viz.lesson.FxErrors;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card as a JavaFX node, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExplanationCardTest {

    private final FxErrors fxErrors = new FxErrors();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Stage stage;
    private StackPane root;

    @Start
    void start(Stage stage) {
        fxErrors.install();
        this.stage = stage;
        root = new StackPane();
        stage.setScene(new Scene(root, 460, 900));
        stage.show();
    }

    @AfterEach
    void noExceptionReachedTheFxThread() {
        assertThat(fxErrors.errors()).isEmpty();
    }

    private ExplanationCard show(CardDocument document, double width) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stage.setWidth(width);
            ExplanationCard card = new ExplanationCard(document, opened::add);
            root.getChildren().setAll(card);
            root.applyCss();
            root.layout();
            return card;
        });
    }

    private static <T extends Node> List<T> all(Node node, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(node, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, found);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"optimizers", "logistic-regression", "knn"})
    void drawsEveryFormulaOfAShippedCardInProjectorSizedType(String lessonId) {
        CardDocument document = CardDocument.load(lessonId);
        // The lesson panel's side panel is 420 pixels wide.
        ExplanationCard card = show(document, 420);
        Node content = card.getContent();
        int drawn = all(content, FormulaBox.class).size() + all(content, InlineFormulaView.class).size();
        assertThat(drawn).isEqualTo(document.formulas().size());
        assertThat(content.lookupAll(".card-formula-error")).isEmpty();
        List<Double> scales = WaitForAsyncUtils.waitForAsyncFx(2000,
                () -> all(content, FormulaBox.class).stream().map(FormulaBox::scale).toList());
        assertThat(scales).as("display formulas fit the side panel at full size").allMatch(scale -> scale == 1);
        assertThat(content.lookupAll(".card-heading")).hasSize(8);
        for (Text text : all(content, Text.class)) {
            assertThat(text.getFont().getSize()).as("size of '%s'", text.getText()).isGreaterThanOrEqualTo(16);
        }
        assertThat(CardNodes.HEADING_SIZE).isGreaterThan(CardNodes.BODY_SIZE);
        assertThat(CardNodes.TITLE_SIZE).isGreaterThan(CardNodes.HEADING_SIZE);
        List<Hyperlink> links = all(content, Hyperlink.class);
        assertThat(links).extracting(Node::getUserData).containsExactlyElementsOf(document.linkedLessons());
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> links.forEach(Hyperlink::fire));
        assertThat(opened).containsExactlyElementsOf(document.linkedLessons());
    }

    /** A card whose Intent section reads {@code intent}, shown {@code width} pixels wide. */
    private ExplanationCard cardWithIntent(String intent, double width) {
        return show(CardDocument.parse(CardParserTest.card(ignored -> "x")
                .replaceFirst("## Intent\nSome text\\.", "## Intent\n" + intent)), width);
    }

    @Test
    void clickingALinkOpensItsLesson() {
        ExplanationCard card = cardWithIntent("Go to [[optimizers|the optimizers]] now.", 460);
        Hyperlink link = (Hyperlink) card.getContent().lookup(".card-link");
        assertThat(link.getText()).isEqualTo("the optimizers");
        new FxRobot().clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("optimizers");
    }

    /** A text flow lays a link out on one line: in a narrow card it was cut ("Gradient descent and optimize"). */
    @Test
    void aLongLinkInANarrowCardWrapsInsteadOfBeingCut() {
        ExplanationCard card = cardWithIntent(
                "- [[optimizers|Gradient descent and optimizers]]: the same update rules raced.", 300);
        Hyperlink link = (Hyperlink) card.getContent().lookup(".card-link");
        // The window's new width reaches the scene in a later pulse; the link follows its flow's
        // width at the layout after that.
        WaitForAsyncUtils.waitForFxEvents();
        double[] edges = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            root.layout();
            root.layout();
            javafx.geometry.Bounds bounds = link.localToScene(link.getLayoutBounds());
            javafx.geometry.Bounds viewport = card.localToScene(card.getLayoutBounds());
            return new double[] {bounds.getMaxX(), viewport.getMaxX() - 12, link.getHeight(), link.getFont().getSize()};
        });
        assertThat(edges[0]).as("the link's right edge, inside the card").isLessThanOrEqualTo(edges[1]);
        assertThat(edges[2]).as("two lines high").isGreaterThan(1.8 * edges[3]);
        // The label's own text node (the arrow icon is a text node too).
        String shown = WaitForAsyncUtils.waitForAsyncFx(2000, () -> link.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.getStyleClass().contains("text"))
                .map(node -> ((Text) node).getText()).findFirst().orElseThrow());
        assertThat(shown.replace('\n', ' ')).isEqualTo("Gradient descent and optimizers");
    }

    @Test
    void aBrokenFormulaShowsItsSourceAndARedNoteWhileTheOthersDraw() {
        ExplanationCard card = show(CardDocument.parse(CardParserTest.card(ignored ->
                "Good $x^2$ and bad $\\alsobad{y}$.\n$$ \\notacommand{x} $$\n$$ a + b $$")), 460);
        Node content = card.getContent();
        assertThat(content.lookupAll(".card-formula-error")).hasSize(2);
        assertThat(all(content, FormulaBox.class)).hasSize(1);
        assertThat(all(content, InlineFormulaView.class)).hasSize(1);
        List<Text> texts = all(content, Text.class);
        assertThat(texts).filteredOn(t -> t.getText().equals("\\notacommand{x}"))
                .singleElement().satisfies(t -> assertThat(t.getFont().getFamily()).containsIgnoringCase("mono"));
        assertThat(texts).filteredOn(t -> t.getText().equals("$\\alsobad{y}$"))
                .singleElement().satisfies(t -> assertThat(t.getFont().getFamily()).containsIgnoringCase("mono"));
        assertThat(texts).filteredOn(t -> t.getText().contains("could not be drawn")).hasSize(2)
                .allSatisfy(t -> assertThat(t.getFill()).isEqualTo(CardPalette.LIGHT.danger()));
    }

    @Test
    void theDarkThemeRedrawsInLightInkAndReusesCachedFormulas() {
        CardDocument document = CardDocument.load("logistic-regression");
        ExplanationCard card = show(document, 460);
        int lightFormulas = cachedFormulas(card);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> card.setDark(true));
        assertThat(card.isDark()).isTrue();
        assertThat(all(card.getContent(), Text.class)).filteredOn(t -> t.getText().startsWith("Classify"))
                .singleElement().satisfies(t -> assertThat(t.getFill()).isEqualTo(CardPalette.DARK.ink()));
        assertThat(cachedFormulas(card)).isEqualTo(2 * lightFormulas);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> card.setDark(false));
        assertThat(cachedFormulas(card)).isEqualTo(2 * lightFormulas);
        assertThat(all(card.getContent(), Text.class)).filteredOn(t -> t.getText().startsWith("Classify"))
                .singleElement().satisfies(t -> assertThat(t.getFill()).isEqualTo(CardPalette.LIGHT.ink()));
    }

    @Test
    void aLongFormulaShrinksToANarrowCardInsteadOfWideningIt() {
        String wide = "a_1 + a_2 + a_3 + a_4 + a_5 + a_6 + a_7 + a_8 + a_9 + a_{10} + a_{11} + a_{12} + a_{13} + a_{14}";
        ExplanationCard card = show(CardDocument.parse(CardParserTest.card(ignored -> "$$ " + wide + " $$")), 320);
        FormulaBox box = all(card.getContent(), FormulaBox.class).get(0);
        double scale = WaitForAsyncUtils.waitForAsyncFx(2000, box::scale);
        assertThat(scale).isLessThan(1).isGreaterThan(0.2);
        assertThat(box.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(card.getViewportBounds().getWidth());
    }

    @Test
    void inlineFormulasSitOnTheTextBaseline() {
        ExplanationCard card = show(CardDocument.parse(CardParserTest.card(ignored -> "the gradient $g_t$ here")), 460);
        InlineFormulaView formula = all(card.getContent(), InlineFormulaView.class).get(0);
        assertThat(formula.getBaselineOffset()).isLessThan(formula.getFitHeight() - 1).isGreaterThan(0);
        Text before = all(card.getContent(), Text.class).stream().filter(t -> t.getText().startsWith("the gradient"))
                .findFirst().orElseThrow();
        double textBaseline = before.getBoundsInParent().getMinY() + before.getBaselineOffset();
        double formulaBaseline = formula.getBoundsInParent().getMinY() + formula.getBaselineOffset();
        assertThat(formulaBaseline).isCloseTo(textBaseline, org.assertj.core.data.Offset.offset(1.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optimizers", "logistic-regression", "knn"})
    void picturesOfTheShippedCards(String lessonId) {
        for (boolean dark : List.of(false, true)) {
            String name = lessonId + (dark ? "-dark" : "-light");
            ExplanationCard card = show(CardDocument.load(lessonId), 420);
            WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                card.setDark(dark);
                root.layout();
                return CardPictures.write(card, name);
            });
            assertThat(Files.exists(CardPictures.FOLDER.resolve(name + ".png"))).isTrue();
            assertThat(image.getHeight()).isGreaterThan(1500);
            CardPalette palette = CardPalette.of(dark);
            assertThat(colours(image)).contains(argb(palette.background()), argb(palette.accent()));
        }
    }

    private static int cachedFormulas(ExplanationCard card) {
        return WaitForAsyncUtils.waitForAsyncFx(2000, card::cachedFormulaCount);
    }

    private static Set<Integer> colours(WritableImage image) {
        Set<Integer> colours = new java.util.HashSet<>();
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        return colours;
    }

    private static int argb(javafx.scene.paint.Color color) {
        return 0xFF000000 | (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
