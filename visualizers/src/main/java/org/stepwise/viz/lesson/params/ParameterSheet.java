package org.stepwise.viz.lesson.params;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;

/**
 * The parameter sheet of a lesson, generated from its {@link ParamSpec}s, with the run's seed
 * beneath it. Every change is validated by {@link Params#with}; an accepted change is handed
 * to {@link #setOnChange} (the panel restarts the run from the same seed), a refused one is
 * explained in red and changes nothing.
 */
public final class ParameterSheet extends VBox {

    private final PropertySheet sheet;
    private final List<ParamItem> items = new ArrayList<>();
    private final Label message = new Label();
    private final TextField seedField = new TextField();
    private Params params;
    private long seed;
    private Consumer<Params> onChange = p -> { };
    private Consumer<Long> onSeedChange = s -> { };

    public ParameterSheet(Params initial, long initialSeed) {
        super(8);
        getStyleClass().add("parameter-sheet");
        getStylesheets().add(ParameterSheet.class.getResource("parameter-sheet.css").toExternalForm());
        this.params = initial;
        this.seed = initialSeed;
        for (ParamSpec<?> spec : initial.specs()) {
            items.add(new ParamItem(spec, "Parameters", initial.get(spec.name()), this::accept, this::refuse));
        }
        sheet = new PropertySheet(FXCollections.observableArrayList(items));
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(ParameterSheet::editorFor);
        VBox.setVgrow(sheet, Priority.ALWAYS);

        message.setWrapText(true);
        message.getStyleClass().add("param-message");
        message.setStyle("-fx-text-fill: #D55E00;");
        message.setManaged(false);
        message.setVisible(false);

        getChildren().addAll(sheet, message, seedRow());
        setPadding(new Insets(4));
    }

    /** Called with the new parameters after every accepted change. */
    public void setOnChange(Consumer<Params> listener) { this.onChange = listener; }

    /** Called with the new seed after it is edited. */
    public void setOnSeedChange(Consumer<Long> listener) { this.onSeedChange = listener; }

    public Params params() { return params; }

    public long seed() { return seed; }

    /** Shows other values (a restored session) without firing the listeners. */
    public void show(Params newParams, long newSeed) {
        params = newParams;
        seed = newSeed;
        for (ParamItem item : items) {
            item.show(newParams.get(item.spec().name()));
        }
        seedField.setText(Long.toString(newSeed));
        clearMessage();
    }

    /** The message shown for the last refused value; empty when the last change was accepted. */
    public String message() { return message.isVisible() ? message.getText() : ""; }

    private boolean accept(String name, Object value) {
        try {
            params = params.with(name, value);
        } catch (IllegalArgumentException refused) {
            refuse(refused.getMessage());
            return false;
        }
        clearMessage();
        onChange.accept(params);
        return true;
    }

    private void refuse(String text) {
        message.setText(text);
        message.setManaged(true);
        message.setVisible(true);
    }

    private void clearMessage() {
        message.setManaged(false);
        message.setVisible(false);
    }

    private HBox seedRow() {
        Label label = new Label("Seed");
        label.setMinWidth(60);
        seedField.setText(Long.toString(seed));
        seedField.setPrefColumnCount(10);
        seedField.setTooltip(new Tooltip("The run's only source of randomness: the same seed replays the same run."));
        seedField.setOnAction(e -> commitSeed());
        seedField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitSeed();
            }
        });
        Button next = new Button("Next");
        next.setTooltip(new Tooltip("Run again with the next seed"));
        next.setOnAction(e -> {
            seedField.setText(Long.toString(seed + 1));
            commitSeed();
        });
        HBox row = new HBox(8, label, seedField, next);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 0, 0, 8));
        return row;
    }

    private void commitSeed() {
        try {
            long newSeed = Long.parseLong(seedField.getText().trim());
            if (newSeed != seed) {
                seed = newSeed;
                clearMessage();
                onSeedChange.accept(seed);
            }
        } catch (NumberFormatException e) {
            refuse("The seed must be a whole number; got '" + seedField.getText().trim() + "'.");
            seedField.setText(Long.toString(seed));
        }
    }

    private static PropertyEditor<?> editorFor(PropertySheet.Item item) {
        ParamItem paramItem = (ParamItem) item;
        ParamSpec<?> spec = paramItem.spec();
        return switch (spec.kind()) {
            case INTEGER, REAL -> new NumberEditor(paramItem);
            case FLAG -> Editors.createCheckEditor(item);
            case CHOICE -> new ChoiceEditor(paramItem);
        };
    }
}
