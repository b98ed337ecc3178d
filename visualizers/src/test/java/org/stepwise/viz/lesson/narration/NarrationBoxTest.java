package org.stepwise.viz.lesson.narration;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stepwise.viz.lesson.LessonPanel;
import org.stepwise.viz.lesson.ThemedScenes;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NarrationBoxTest {

    private static final String LONG = ("Momentum: θ (−1.20, 1.38) → (−1.18, 1.36), loss 24.2 → 23.9; ").repeat(12);

    private NarrationBox narration;
    private VBox column;
    private StackPane root;

    @Start
    void start(Stage stage) {
        narration = new NarrationBox();
        narration.setText("Gradient descent: θ (1.00, 2.00) → (0.98, 1.96)");
        column = new VBox(4, new Label("the view"), narration, new Label("the chart"));
        root = new StackPane(column);
        root.getStylesheets().add(LessonPanel.class.getResource("lesson.css").toExternalForm());
        stage.setScene(ThemedScenes.of(root, 640, 240));
        stage.show();
    }

    @Test
    void aNewTextLaysOutOnlyTheLabelAndKeepsTheBoxsSize() {
        WaitForAsyncUtils.waitForFxEvents();
        double width = narration.getWidth();
        double height = narration.getHeight();
        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            narration.setText(LONG);
            return new boolean[] {column.isNeedsLayout(), root.isNeedsLayout(), narration.label().isNeedsLayout()};
        });
        // A wrapped Label in the column asks the column and the root for a layout with every new text.
        assertThat(asked[0]).as("the column asked to lay out").isFalse();
        assertThat(asked[1]).as("the root asked to lay out").isFalse();
        assertThat(asked[2]).as("the label asked to lay out").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narration.getWidth()).isEqualTo(width).isEqualTo(column.getWidth());
        assertThat(narration.getHeight()).as("two lines, whatever the text").isEqualTo(height);
        assertThat(narration.label().getHeight()).isEqualTo(height);
        // Two lines of the long text are shown, cut with an ellipsis.
        String shown = WaitForAsyncUtils.waitForAsyncFx(2000, () -> shownText(narration.label()));
        assertThat(shown).endsWith(narration.label().getEllipsisString()).hasSizeLessThan(LONG.length());
    }

    @Test
    void withoutANarrationTheKeysThatStartTheLessonShowInItsPlaceAskingForNoLayout() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narration.showsHint()).isFalse();
        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            narration.setText("");
            return new boolean[] {narration.showsHint(), column.isNeedsLayout(), root.isNeedsLayout()};
        });
        assertThat(asked[0]).as("the hint shown").isTrue();
        assertThat(asked[1] || asked[2]).as("a layout pass asked for").isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = (Label) narration.getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains("narration-hint")).findFirst().orElseThrow();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> shownText(hint))).isEqualTo(NarrationBox.HINT);
        assertThat(hint.getHeight()).isEqualTo(narration.getHeight());
        // Muted: not the narration's own colour.
        assertThat(hint.getTextFill()).isNotEqualTo(narration.label().getTextFill());

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> narration.setText("step 1: loss 1.0986 → 0.9"));
        assertThat(narration.showsHint()).isFalse();
    }

    @Test
    void aLargerFontMakesTheBoxTaller() {
        WaitForAsyncUtils.waitForFxEvents();
        double before = narration.getHeight();
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> root.setStyle("-fx-font-size: 30px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narration.getHeight()).isGreaterThan(before * 1.5);
        assertThat(narration.label().getHeight()).isEqualTo(narration.getHeight());
    }

    @Test
    void aRehearsalChangesNothingOnScreen() {
        WaitForAsyncUtils.waitForFxEvents();
        String before = WaitForAsyncUtils.waitForAsyncFx(2000, () -> shownText(narration.label()));
        boolean[] asked = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            narration.rehearse(LONG);
            return new boolean[] {root.isNeedsLayout(), narration.label().isNeedsLayout()};
        });
        assertThat(asked).containsExactly(false, false);
        assertThat(narration.rehearsed()).isEqualTo(1);
        assertThat(narration.getText()).startsWith("Gradient descent");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> shownText(narration.label()))).isEqualTo(before);
        // Nothing to rehearse with: no work.
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> narration.rehearse(""));
        assertThat(narration.rehearsed()).isEqualTo(1);
    }

    @Test
    void aTextAsLongAsTheCapacityItNamesIsShownWholeAtAnyWidthAndTypeSize() {
        // Not the sample it measures: the race's briefest narration, names, losses and arrows.
        String race = "RMSprop: loss 1.04 ↓; AdamW: θ (−0.14, 0.02), loss 1.31 ↓; Nesterov: diverged at step 2; ";
        int previous = Integer.MAX_VALUE;
        for (double width : new double[] {640, 480, 320}) {
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> column.setMaxWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            int capacity = WaitForAsyncUtils.waitForAsyncFx(2000, narration::capacity);
            assertThat(capacity).as("at %s px", width).isLessThan(previous).isGreaterThan(20);
            previous = capacity;
            String text = race.repeat(1 + capacity / race.length()).substring(0, capacity).strip();
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> narration.setText(text));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> shownText(narration.label())))
                    .as("at %s px, %d characters", width, capacity).isEqualTo(text);
            if (width < 480) {
                // A narrow box gives up a larger share to wrapping: the guess is safe, not tight.
                continue;
            }
            // Not a timid guess either: a third more is cut.
            String longer = race.repeat(2 + capacity / race.length()).substring(0, capacity * 4 / 3).strip();
            WaitForAsyncUtils.waitForAsyncFx(2000, () -> narration.setText(longer));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, () -> shownText(narration.label())))
                    .as("at %s px, %d characters", width, longer.length()).isNotEqualTo(longer);
        }
        int normal = previous;
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> narration.label().setStyle("-fx-font-size: 28px"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(2000, narration::capacity)).as("larger type").isLessThan(normal);
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            narration.label().setStyle("");
            column.setMaxWidth(Double.MAX_VALUE);
        });
    }

    /** The text the label's skin draws (with its ellipsis, if cut). */
    private static String shownText(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        throw new AssertionError("the label shows no text");
    }

    /** The label wraps at spaces: presentation mode showed a line that began "= 0.0691". */
    @Test
    void anEquationIsNotBrokenBeforeItsEqualsSign() {
        String text = "step 12: loss 0.4007 → 0.3954, accuracy 82.0%, ‖∇‖ = 0.0691";
        double[] lines = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            Text measure = new Text(text.substring(0, text.indexOf(" =")) + " ");
            measure.setFont(narration.label().getFont());
            // Room for everything before " = ", not for the sign: a break before it if it may.
            double width = measure.getLayoutBounds().getWidth() + 4;
            narration.setText(text);
            narration.label().setMaxWidth(width);
            narration.label().resize(width, narration.label().getHeight());
            narration.label().layout();
            Text shown = (Text) narration.label().getChildrenUnmodifiable().stream()
                    .filter(Text.class::isInstance).findFirst().orElseThrow();
            String drawn = shown.getText();
            return new double[] {lineOf(shown, drawn.indexOf('‖')), lineOf(shown, drawn.indexOf('=')),
                lineOf(shown, drawn.indexOf("0.0691"))};
        });
        assertThat(lines[1]).as("'=' on the line of its left side").isEqualTo(lines[0]);
        assertThat(lines[2]).as("and of its right side").isEqualTo(lines[1]);
        String plain = "loss 0.4007, accuracy 82.0%";
        assertThat(NarrationBox.keptTogether(plain)).as("nothing to keep together: no new string").isSameAs(plain);
    }

    /** The y of the caret before character {@code index}: which line it is on. */
    private static double lineOf(Text text, int index) {
        javafx.scene.shape.PathElement start = text.caretShape(index, true)[0];
        return ((javafx.scene.shape.MoveTo) start).getY();
    }
}
