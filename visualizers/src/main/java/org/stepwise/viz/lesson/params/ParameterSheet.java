package org.stepwise.viz.lesson.params;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;

/**
 * The parameter sheet of a lesson, generated from its {@link ParamSpec}s, with the run's seed
 * beneath it. Every change is validated by {@link Params#with}; an accepted change is handed
 * to {@link #setOnChange} (the panel restarts the run from the same seed), a refused one is
 * explained in red and changes nothing. After every change all values are shown again: a
 * surface brings its own rates ({@link ParamSpec#defaultsFollow}) and decides which parameters
 * apply ({@link ParamSpec#appliesWhen}); a value the data chose says why on a line beneath it
 * ({@link Params#why}).
 *
 * <p>One grid of two columns holds every row: names on the left, values (fields, check boxes,
 * drop-downs, and the seed) on the right at one x, and the sliders on a line of their own
 * beneath, across both columns, so they are as wide as the sheet whatever the names' lengths.
 * Parameters with a {@linkplain ParamSpec#group() group} sit under collapsible headings
 * ({@link SheetSections}).
 */
public final class ParameterSheet extends VBox {

    /** How far rows under a heading are indented. */
    private static final double INDENT = 14;

    private final GridPane grid = new GridPane();
    private final List<ParamRow> rows = new ArrayList<>();
    private final SheetSections sections;
    private final Label message = new Label();
    private final Label seedName = new Label("Seed");
    private final TextField seedField = new TextField();
    private final HBox seedControls;
    private Params params;
    private long seed;
    private Consumer<Params> onChange = p -> { };
    private Consumer<Long> onSeedChange = s -> { };

    public ParameterSheet(Params initial, long initialSeed) {
        super(8);
        getStyleClass().add("parameter-sheet");
        getStylesheets().add(ParameterSheet.class.getResource("params.css").toExternalForm());
        this.params = initial;
        this.seed = initialSeed;
        ParamEditor.Edits edits = new ParamEditor.Edits() {
            @Override
            public void commit(String name, Object value) { accept(name, value); }

            @Override
            public void refuse(String text) { refuseAndShow(text); }
        };
        for (ParamSpec<?> spec : initial.specs()) {
            rows.add(new ParamRow(spec, edits));
        }
        sections = new SheetSections(rows, this::layoutRows);
        seedControls = seedControls();

        grid.getStyleClass().add("param-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setHgrow(Priority.ALWAYS);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().addAll(names, values);

        message.setWrapText(true);
        message.getStyleClass().add("param-message");
        message.setManaged(false);
        message.setVisible(false);

        showValues();
        layoutRows();
        getChildren().addAll(grid, message);
        setPadding(new Insets(4, 8, 8, 4));
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
        showValues();
        clearMessage();
    }

    /** The message shown for the last refused value; empty when the last change was accepted. */
    public String message() { return message.isVisible() ? message.getText() : ""; }

    /** The headings, in the order shown; empty when the lesson's parameters have none. */
    public List<String> headings() { return sections.headings(); }

    /** Whether the section under {@code heading} is open. */
    public boolean isOpen(String heading) { return sections.isOpen(heading); }

    /** Opens or closes the section under {@code heading}, as a click on it does; remembered for the lesson. */
    public void setOpen(String heading, boolean open) { sections.setOpen(heading, open); }

    private void accept(String name, Object value) {
        if (value.equals(params.get(name))) {
            // Nothing changed, but the editor may show a slider's unrounded position: show the value.
            showValues();
            return;
        }
        try {
            params = params.with(name, value);
        } catch (IllegalArgumentException refused) {
            refuseAndShow(refused.getMessage());
            return;
        }
        clearMessage();
        showValues();
        onChange.accept(params);
    }

    /** Explains a refusal and shows the values that stand, undoing what the editor shows. */
    private void refuseAndShow(String text) {
        message.setText(text);
        message.setManaged(true);
        message.setVisible(true);
        showValues();
    }

    private void clearMessage() {
        message.setManaged(false);
        message.setVisible(false);
    }

    private void showValues() {
        List<Boolean> whysBefore = whysShown();
        for (ParamRow row : rows) {
            row.show(params);
        }
        seedField.setText(Long.toString(seed));
        if (!whysShown().equals(whysBefore)) {
            layoutRows();
        }
    }

    /** Which rows show why the data chose their value: a line more or less lays the grid out again. */
    private List<Boolean> whysShown() {
        return rows.stream().map(ParamRow::showsWhy).toList();
    }

    /** Lays the grid out again: each heading, the rows of the open sections, then the seed. */
    private void layoutRows() {
        grid.getChildren().clear();
        int line = 0;
        double indent = sections.headings().isEmpty() ? 0 : INDENT;
        for (SheetSections.Section section : sections.sections()) {
            if (section.heading() != null) {
                grid.add(section.heading(), 0, line++, 2, 1);
            }
            if (!section.isOpen()) {
                continue;
            }
            for (ParamRow row : section.rows()) {
                GridPane.setMargin(row.name(), new Insets(0, 0, 0, indent));
                grid.add(row.name(), 0, line);
                grid.add(row.editor().control(), 1, line++);
                if (row.editor().slider() != null) {
                    GridPane.setMargin(row.editor().slider(), new Insets(0, 0, 4, indent));
                    grid.add(row.editor().slider(), 0, line++, 2, 1);
                }
                if (row.showsWhy()) {
                    GridPane.setMargin(row.why(), new Insets(0, 0, 4, indent));
                    grid.add(row.why(), 0, line++, 2, 1);
                }
            }
        }
        // The seed belongs to the run, not to a section: never folded away, its field in the values' column.
        GridPane.setMargin(seedName, new Insets(10, 0, 0, 0));
        GridPane.setMargin(seedControls, new Insets(10, 0, 0, 0));
        grid.add(seedName, 0, line);
        grid.add(seedControls, 1, line);
    }

    private HBox seedControls() {
        seedName.getStyleClass().add("param-name");
        seedName.setLabelFor(seedField);
        seedField.setText(Long.toString(seed));
        seedField.setPrefColumnCount(5);
        seedField.getStyleClass().add("param-seed");
        seedField.setTooltip(new Tooltip("The run's only source of randomness: the same seed replays the same run."));
        seedField.setOnAction(e -> commitSeed());
        seedField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitSeed();
            }
        });
        Button next = new Button("Next");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setTooltip(new Tooltip("Run again with the next seed"));
        next.setOnAction(e -> {
            seedField.setText(Long.toString(seed + 1));
            commitSeed();
        });
        HBox controls = new HBox(6, seedField, next);
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
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
            refuseAndShow("The seed must be a whole number; got '" + seedField.getText().trim() + "'.");
        }
    }
}
