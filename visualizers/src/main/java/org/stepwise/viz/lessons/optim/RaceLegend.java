package org.stepwise.viz.lessons.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.Markers;

/**
 * The race's legend, beside the plot rather than over it (where a path that ran away would run
 * under it): one button per optimizer racing, with its marker in its colour, its name and ✗ once
 * it diverged. Clicking one shows that optimizer alone; clicking it again shows all. The buttons
 * take the keyboard's focus (Tab) and answer Enter (Space stays the lesson's play key).
 */
final class RaceLegend extends VBox {

    /** One entry as drawn: the optimizer's id, its label, its colour index, whether it diverged. */
    record Entry(String id, String label, int colorIndex, boolean diverged) {
    }

    private final Consumer<String> onChoose;
    private List<Entry> shown = List.of();
    private String solo;
    private boolean dark;

    /** {@code onChoose} is told the id of the entry chosen. */
    RaceLegend(Consumer<String> onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add("race-legend");
        setSpacing(2);
        setFillWidth(true);
    }

    /**
     * Shows {@code entries} with {@code newSolo} (or none, null) alone. The buttons are made
     * again only when other optimizers race; otherwise they are updated in place, so the one
     * the keyboard is on keeps the focus.
     */
    void show(List<Entry> entries, String newSolo, boolean newDark) {
        if (entries.equals(shown) && java.util.Objects.equals(newSolo, solo) && newDark == dark) {
            return;
        }
        boolean sameOptimizers = entries.stream().map(Entry::id).toList()
                .equals(shown.stream().map(Entry::id).toList());
        shown = List.copyOf(entries);
        solo = newSolo;
        dark = newDark;
        if (!sameOptimizers) {
            List<Button> buttons = new ArrayList<>();
            for (Entry entry : entries) {
                buttons.add(button(entry));
            }
            getChildren().setAll(buttons);
        }
        for (int i = 0; i < entries.size(); i++) {
            refresh(buttons().get(i), entries.get(i));
        }
    }

    private Button button(Entry entry) {
        Button button = new Button();
        button.setGraphic(new Polygon(Markers.vertices(entry.colorIndex(), 8)));
        button.getStyleClass().addAll("flat", "race-legend-entry");
        button.setGraphicTextGap(10);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        button.setUserData(entry.id());
        button.setTooltip(new Tooltip());
        button.setOnAction(event -> onChoose.accept(entry.id()));
        // Enter chooses too; Space is the lesson's play key, taken before the button sees it.
        button.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                button.fire();
                event.consume();
            }
        });
        return button;
    }

    private void refresh(Button button, Entry entry) {
        ((Polygon) button.getGraphic()).setFill(ColorMaps.seriesColor(entry.colorIndex(), dark));
        button.setText(entry.label() + (entry.diverged() ? " ✗" : ""));
        boolean alone = entry.id().equals(solo);
        // The others fade while one is shown alone: they are not on the plot.
        button.setOpacity(solo == null || alone ? 1 : 0.4);
        // Shaded (lesson.css) rather than bold: the legend keeps its width, so the plot beside it
        // does not move; not underlined, which is how a flat button answers the pointer.
        button.getStyleClass().remove("alone");
        if (alone) {
            button.getStyleClass().add("alone");
        }
        button.getTooltip().setText(alone ? "Show every optimizer again"
                : "Show " + entry.label() + " alone (click again to show all)");
    }

    /** The entries' buttons, in order (tests). */
    @SuppressWarnings("unchecked")
    List<Button> buttons() {
        return (List<Button>) (List<?>) getChildren();
    }
}
