package org.stepwise.viz.lesson.data;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stepwise.algo.DataKind;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.csv.CsvImporter;
import org.stepwise.data.csv.ImportChoice;

/**
 * Chooses a lesson's data and keeps its edit history: a built-in set (and, when it is wider
 * than the view, which columns to draw), a generator with its options, or the learner's CSV
 * file; plus the point edits made on the view, each undoable; and whether the lesson gets it
 * standardized ({@link StandardizeOption}: the history keeps the raw data, {@link #current()}
 * is what the lesson gets, and points edited on the view are mapped back to raw coordinates).
 *
 * <p>Loading runs on a background thread while a progress indicator shows; a refused load
 * shows its reason in red and the data stays as it was. Every new current data set — a
 * choice, an import, an edit, an undo or a redo, a {@link #setData} — goes to the listener
 * of {@link #setOnDataChanged}, on the FX thread. In a 2-D lesson that data has exactly the
 * features the view draws: two, or one for regression (whose plane is feature against target).
 *
 * <p>Keyboard shortcuts belong to the host: it calls {@link #undo()} and {@link #redo()}. All
 * methods are for the FX thread.
 */
public final class DataPicker extends VBox {

    private static final String OTHER_SOURCE = SourceNames.OTHER_SOURCE;

    private DataKind kind;
    private int drawnFeatures;
    private final ComboBox<String> source = new ComboBox<>();
    private final GeneratorControls generator = new GeneratorControls();
    private final FeatureAxes axes;
    private final ClassSelector classSelector = new ClassSelector();
    private final Label classLabel = new Label("Class of new points");
    private final Button undoButton = new Button("Undo");
    private final Button redoButton = new Button("Redo");
    private final Label message = Forms.message();
    private final BackgroundLoader loader = new BackgroundLoader();
    /** The edit history of the current kind of data; each kind keeps its own ({@link #switchKind}). */
    private DataEditHistory history = new DataEditHistory(null);
    private final Map<DataKind, DataEditHistory> histories = new EnumMap<>(DataKind.class);
    private final Map<DataKind, GeneratorOptions> generatorOptions = new EnumMap<>(DataKind.class);
    private final Label hint = Forms.hint("");
    /** The one rule of what data the lesson takes ({@code EngineFactory.requireFits}); see {@link #setKindRule}. */
    private Consumer<Dataset> kindRule;
    private final FullSets fullSets = new FullSets();
    private final StandardizeOption standardize = new StandardizeOption();
    private final TestSizeOption testSize = new TestSizeOption();
    private String otherSourceName = "";
    /** What the next change says in the message line (a share the new data was too small for). */
    private String pendingNote = "";
    private Consumer<Dataset> onDataChanged = data -> { };
    private boolean updating;

    /**
     * @param kind          the data the engine needs; not {@link DataKind#NONE}
     * @param drawnFeatures the feature columns the view draws ({@code Lesson.drawnFeatures()}:
     *                      2 on a plane, 1 for regression, 0 for all): the data handed out has
     *                      exactly those, the first ones unless the axis pickers choose others
     */
    public DataPicker(DataKind kind, int drawnFeatures) {
        super(12);
        this.kind = kind;
        this.drawnFeatures = drawnFeatures;
        this.axes = new FeatureAxes(drawnFeatures);
        this.kindRule = data -> this.kind.requireFits(data, "This lesson", null);
        getStyleClass().add("data-picker");
        getStylesheets().add(DataPicker.class.getResource("data-picker.css").toExternalForm());
        setPadding(new Insets(12));

        source.setId("data-source");
        source.getItems().addAll(SourceChoices.forKind(kind));
        source.setConverter(new SourceNames(() -> otherSourceName));
        source.setMaxWidth(Double.MAX_VALUE);
        source.setVisibleRowCount(12);
        Forms.keepMenuInside(source);
        source.valueProperty().addListener((obs, old, name) -> {
            generator.showFor(name);
            if (!updating && name != null) {
                loadSource(name);
            }
        });
        generator.setOnChange(() -> {
            if (!updating && SourceChoices.isGenerator(source.getValue())) {
                loadSource(source.getValue());
            }
        });
        axes.setOnChange(this::drawColumns);
        standardize.setOnChange(this::changed);
        testSize.setOnChange(this::splitAgain);

        Button importButton = new Button("Import CSV…");
        importButton.setId("data-import-csv");
        importButton.setOnAction(event -> {
            Path file = CsvImportDialog.chooseFile(window());
            if (file != null) {
                importFile(file);
            }
        });
        undoButton.setId("data-undo");
        redoButton.setId("data-redo");
        undoButton.setOnAction(event -> undo());
        redoButton.setOnAction(event -> redo());

        GridPane form = Forms.grid();
        form.addRow(0, new Label("Data"), source);
        classLabel.getStyleClass().add("data-picker-section");
        Forms.show(testSize.node(), kind == DataKind.CLASSIFICATION || kind == DataKind.REGRESSION);
        getChildren().addAll(form, generator.node(), axes.node(), standardize.node(), testSize.node(),
                new HBox(10, importButton, undoButton, redoButton), Forms.loading(loader.busyProperty()), message,
                classLabel, classSelector, hint);
        hint.setText(SourceChoices.hint(kind, drawnFeatures));
        generator.showFor(null);
        refreshControls();
    }

    /** The sources the picker lists for a lesson's data kind, by command-line name (built-in sets first). */
    public static List<String> sources(DataKind kind) {
        return SourceChoices.forKind(kind);
    }

    /** The data as the picker hands it to a lesson drawing {@code drawnFeatures} features (its first columns). */
    public static Dataset drawn(Dataset data, int drawnFeatures) {
        return SourceChoices.drawn(data, drawnFeatures);
    }

    /** The listener gets each new current data set, on the FX thread. */
    public void setOnDataChanged(Consumer<Dataset> listener) {
        onDataChanged = listener == null ? data -> { } : listener;
    }

    /** The current data set, as handed out (standardized if so chosen); {@code null} before the first one. */
    public Dataset current() { return standardize.apply(history.current()); }

    /** The current data set as loaded and edited, never standardized; {@code null} before the first one. */
    public Dataset raw() { return history.current(); }

    /** Where a new held-out split takes its seed from (the lesson's seed); 0 until set. */
    public void setSplitSeed(java.util.function.LongSupplier seed) { testSize.setSeed(seed); }

    /** Chooses the share of rows held out, as the learner would in the list (0 for none). */
    public void setTestSize(double share) {
        if (!TestSizeOption.CHOICES.contains(share)) {
            throw new IllegalArgumentException("The data picker offers test sizes " + TestSizeOption.CHOICES + "; got "
                    + share + ".");
        }
        testSize.select(share);
    }

    /** The share of rows held out for new data (the list's choice). */
    public double testSize() { return testSize.share(); }

    /** Whether the lesson gets the data standardized. */
    public boolean isStandardized() { return standardize.isSelected(); }

    /** Ticks or unticks "standardize" as the learner would; the listener gets the data as handed out then. */
    public void setStandardized(boolean on) {
        if (on != isStandardized()) {
            standardize.select(on);
            changed();
        }
    }

    /**
     * Makes {@code data} current as one undoable step (a lesson's default data or a restored
     * session) and tells the listener. In a 2-D lesson wider data is cut to its first columns,
     * which the column choices then offer to change.
     *
     * @throws IllegalArgumentException when the data does not fit the lesson (classes for a
     *                                  regression, say); nothing changes then
     */
    public void setData(Dataset data) {
        setData(data, isStandardized());
    }

    /** {@link #setData(Dataset)} of raw data with "standardize" set as given (a restored session): one change. */
    public void setData(Dataset data, boolean standardized) {
        kindRule.accept(data);
        SourceChoices.requireDrawable(data, drawnFeatures);
        fullSets.remember(data);
        boolean optionChanged = standardized != isStandardized();
        standardize.select(standardized);
        if (history.apply(SourceChoices.drawn(data, drawnFeatures)) || optionChanged) {
            changed();
        } else {
            syncControls();
        }
    }

    /**
     * Checks the kind of each data set with the lesson's own rule, the one its factory applies
     * ({@code data -> factory.requireFits(data, params)}), so the picker refuses with the
     * factory's sentence; by default {@link DataKind#requireFits} of the picker's kind.
     */
    public void setKindRule(Consumer<Dataset> rule) {
        kindRule = rule;
    }

    /** The kind of data offered now. */
    public DataKind kind() { return kind; }

    /**
     * The lesson takes another kind of data (its task switched from classify to regress, or
     * back): the list offers that kind's sources, and the data becomes that kind's as the
     * learner last left it, with its own undo history and generator options, or {@code fresh}
     * the first time. The other kind's data, history and options are kept for the way back, so
     * no point is lost. Tells no listener: the caller starts the run with the data returned (as
     * handed out).
     *
     * @param newDrawnFeatures the features the view draws in the new mode
     * @param fresh            the lesson's default data of the new kind, asked only the first time
     * @param freshOptions     the generator options {@code fresh} was made with
     */
    public Dataset switchKind(DataKind newKind, int newDrawnFeatures, Supplier<Dataset> fresh,
                              GeneratorOptions freshOptions) {
        if (newKind == kind && newDrawnFeatures == drawnFeatures) {
            return current();
        }
        histories.put(kind, history);
        generatorOptions.put(kind, generator.shown());
        kind = newKind;
        drawnFeatures = newDrawnFeatures;
        axes.setAxes(drawnFeatures);
        history = histories.computeIfAbsent(newKind, k -> new DataEditHistory(null));
        if (history.current() == null) {
            Dataset data = fresh.get();
            fullSets.remember(data);
            history.apply(heldOut(SourceChoices.drawn(data, drawnFeatures)));
            generatorOptions.put(newKind, freshOptions);
        }
        updating = true;
        try {
            source.getItems().setAll(SourceChoices.forKind(kind));
        } finally {
            updating = false;
        }
        hint.setText(SourceChoices.hint(kind, drawnFeatures));
        message.setText(pendingNote);
        pendingNote = "";
        syncControls();
        // After the source list shows this kind's set: choosing it there shows that generator's own options.
        generator.show(generatorOptions.getOrDefault(newKind, freshOptions));
        return current();
    }

    /** Shows the generator options the current data was made with; generates nothing. */
    public void showGeneratorOptions(GeneratorOptions options) {
        generator.show(options);
    }

    /** Chooses a source by name (a built-in set or a generator) as the learner would in the list. */
    public void choose(String name) {
        choose(name, null);
    }

    /**
     * Chooses a source by name, a generator with these options (a card experiment's): the
     * controls switch to the generator first, then show the options it is generated with, so the
     * options the learner left on the previous generator stay that generator's.
     *
     * @param options the generator's options, or null for those it was left with
     */
    public void choose(String name, GeneratorOptions options) {
        if (!source.getItems().contains(name)) {
            throw new IllegalArgumentException("This lesson offers no data set '" + name + "'; it offers: "
                    + String.join(", ", source.getItems().stream().filter(item -> !item.equals(OTHER_SOURCE)).toList())
                    + ".");
        }
        if (options != null && SourceChoices.isGenerator(name)) {
            generator.showFor(name);
            generator.show(options);
        }
        if (name.equals(source.getValue())) {
            loadSource(name);
        } else {
            source.setValue(name);
        }
    }

    /** Shows the file's first rows in the column picker, then reads it with the columns chosen there. */
    public void importFile(Path file) {
        loader.run(() -> CsvImporter.preview(file), preview -> CsvImportDialog.open(window(), file, preview,
                drawnFeatures, kind, choice -> importFile(file, choice)), this::refuse);
    }

    /** Reads a CSV file with the given columns in the background, skipping the column picker. */
    public void importFile(Path file, ImportChoice choice) {
        load(() -> CsvImporter.read(file, choice));
    }

    /** Adds a point of the selected class at (x, y) in the coordinates of {@link #current()}. */
    public void addPoint(double x, double y) {
        double[] at = at(x, y);
        edit(() -> PointEdits.add(raw(), at[0], at[1], classSelector.selectedClass()), false);
    }

    /**
     * Moves a point. While a drag goes on ({@code finished} false) each position is shown but
     * not remembered; the position with {@code finished} true ends the drag, which undo then
     * takes back as one edit.
     */
    public void movePoint(int row, double x, double y, boolean finished) {
        // Even the last position is a replacement: the commit below makes the drag one edit.
        double[] at = at(x, y);
        edit(() -> PointEdits.move(raw(), row, at[0], at[1]), true);
        if (finished) {
            history.commit();
            refreshControls();
        }
    }

    /** Moves a point as one finished edit. */
    public void movePoint(int row, double x, double y) {
        movePoint(row, x, y, true);
    }

    public void removePoint(int row) {
        edit(() -> PointEdits.remove(raw(), row), false);
    }

    /** Takes back the last edit or choice, if there is one. */
    public void undo() {
        if (history.canUndo()) {
            history.undo();
            changed();
        }
    }

    /** Does again the last undone edit, if there is one. */
    public void redo() {
        if (history.canRedo()) {
            history.redo();
            changed();
        }
    }

    public boolean canUndo() { return history.canUndo(); }

    public boolean canRedo() { return history.canRedo(); }

    /** The class that points added by clicking get. */
    public int editClass() { return classSelector.selectedClass(); }

    /** Selects the class of new points; ignored when the data has no such class. */
    public void setEditClass(int classIndex) { classSelector.select(classIndex); }

    /** The reason the last load or edit was refused, or empty. */
    public String message() { return message.getText(); }

    /** True while data is being read or generated in the background. */
    public boolean isBusy() { return loader.isBusy(); }

    public ReadOnlyBooleanProperty busyProperty() { return loader.busyProperty(); }

    /** The generator options the controls show (a card experiment keeps them to put back). */
    public GeneratorOptions shownGeneratorOptions() { return generator.shown(); }

    /** How many features the data handed out has: 1 or 2 in a 2-D lesson, 0 meaning all. */
    public int drawnFeatures() { return drawnFeatures; }

    // ---- internals -----------------------------------------------------------------------

    /** (x, y) shown, in raw coordinates. */
    private double[] at(double x, double y) {
        return raw() == null ? new double[] {x, y} : standardize.toRaw(raw(), x, y);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void loadSource(String name) {
        if (name.equals(OTHER_SOURCE)) {
            // Choosing the file again restores it as it was read.
            Dataset file = fullSets.get(otherSourceName);
            if (file != null) {
                push(heldOut(SourceChoices.drawn(file, drawnFeatures)), true);
            }
            return;
        }
        Callable<Dataset> work;
        try {
            work = SourceChoices.isBuiltIn(name) ? () -> BuiltInDatasets.load(name)
                    : SourceChoices.generation(name, generator.options(name));
        } catch (IllegalArgumentException refused) {
            refuse(refused);
            return;
        }
        load(work);
    }

    /** Reads or generates in the background; the result becomes current if it fits the lesson. */
    private void load(Callable<Dataset> work) {
        loader.run(() -> {
            Dataset data = work.call();
            SourceChoices.requireDrawable(data, drawnFeatures);
            return data;
        }, data -> {
            // The kind on the FX thread, where the lesson's parameters live.
            try {
                kindRule.accept(data);
            } catch (IllegalArgumentException refused) {
                refuse(refused);
                return;
            }
            fullSets.remember(data);
            push(heldOut(SourceChoices.drawn(data, drawnFeatures)), true);
        }, this::refuse);
    }

    /** New data with the chosen share held out; all of it, and the reason said, when it is too small for that. */
    private Dataset heldOut(Dataset data) {
        try {
            return testSize.apply(data);
        } catch (IllegalArgumentException tooSmall) {
            pendingNote = tooSmall.getMessage() + " Nothing is held out of this data.";
            return data.withHeldOut(null);
        }
    }

    /** The learner chose another share: a new split of the same rows, one undoable step. */
    private void splitAgain() {
        if (raw() == null) {
            return;
        }
        try {
            push(testSize.apply(raw()), false);
        } catch (IllegalArgumentException tooSmall) {
            refuse(tooSmall);
        }
    }

    /**
     * A point edit; a refused one leaves the data as it was and says why.
     *
     * @param intermediate whether to show the result without making it an undo step (a drag)
     */
    private void edit(Supplier<Dataset> change, boolean intermediate) {
        if (current() == null) {
            return;
        }
        Dataset next;
        try {
            next = change.get();
        } catch (RuntimeException refused) {
            refuse(refused);
            return;
        }
        if (intermediate) {
            if (history.replaceCurrent(next)) {
                changed();
            }
        } else {
            push(next, false);
        }
    }

    /** Other columns come from the full set as loaded: point edits made since stay in the history only. */
    private void drawColumns(int[] columns) {
        Dataset current = raw();
        Dataset full = current == null ? null : fullSets.get(current.name());
        if (full != null) {
            Dataset drawn = full.selectFeatures(columns);
            push(drawn.size() == current.size() ? drawn.withHeldOut(current.heldOutMask()) : heldOut(drawn), false);
        }
    }

    private void push(Dataset next, boolean newSource) {
        if (history.apply(next)) {
            changed();
        } else if (newSource) {
            syncControls();
        }
    }

    /** Tells the listener of the current data (none before the first: "standardize" ticked then waits). */
    private void changed() {
        if (raw() == null) {
            return;
        }
        message.setText(pendingNote);
        pendingNote = "";
        syncControls();
        onDataChanged.accept(current());
    }

    private void refuse(Throwable refused) {
        message.setText(Refusals.describe(refused, current() != null));
        // The list may show a source that was refused; show the one in use.
        syncControls();
    }

    /** Shows the source, columns and classes of the current data (after a load, undo or redo). */
    private void syncControls() {
        Dataset current = raw();
        updating = true;
        try {
            if (current != null) {
                if (source.getItems().contains(current.name())) {
                    source.setValue(current.name());
                } else {
                    otherSourceName = current.name();
                    if (!source.getItems().contains(OTHER_SOURCE)) {
                        source.getItems().add(OTHER_SOURCE);
                    }
                    source.setValue(null);
                    source.setValue(OTHER_SOURCE);
                }
            }
            axes.offer(current == null ? null : fullSets.get(current.name()), current);
            testSize.showShareOf(current);
        } finally {
            updating = false;
        }
        refreshControls();
    }

    private void refreshControls() {
        undoButton.setDisable(!history.canUndo());
        redoButton.setDisable(!history.canRedo());
        Dataset current = current();
        boolean classes = kind == DataKind.CLASSIFICATION && current != null && current.isClassification()
                && PointEdits.editable(current);
        classSelector.setClassNames(classes ? current.classNames() : List.of());
        Forms.show(classLabel, classes);
        Forms.show(classSelector, classes);
    }

}
