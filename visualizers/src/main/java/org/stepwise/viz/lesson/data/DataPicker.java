package org.stepwise.viz.lesson.data;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.stepwise.algo.DataKind;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.data.csv.CsvImporter;
import org.stepwise.data.csv.CsvPreview;
import org.stepwise.data.csv.ImportChoice;
import org.stepwise.viz.view.ColorMaps;

/**
 * Chooses a lesson's data: a built-in set (and, for a 2-D lesson, which two of its features),
 * a generator with its options, or the learner's CSV file; and takes point edits from the view
 * with undo and redo. Loading runs on a background thread; a failure is shown here and the
 * current data stays. Every new current data set goes to {@link #setOnDataChanged}.
 */
public final class DataPicker extends VBox {

    private static final String IMPORTED = "(imported file)";

    private final DataKind kind;
    private final boolean twoFeatures;
    private final ComboBox<String> source = new ComboBox<>();
    private final Spinner<Integer> points = new Spinner<>(2, GeneratorOptions.MAX_SIZE, 200, 50);
    private final Slider noise = new Slider(0, 1, 0.5);
    private final Spinner<Integer> classes = new Spinner<>(2, GeneratorOptions.MAX_CLASSES, 3);
    private final Spinner<Integer> generatorSeed = new Spinner<>(0, Integer.MAX_VALUE, 0);
    private final ChoiceBox<String> xColumn = new ChoiceBox<>();
    private final ChoiceBox<String> yColumn = new ChoiceBox<>();
    private final ChoiceBox<Integer> editClass = new ChoiceBox<>();
    private final Button undoButton = new Button("Undo");
    private final Button redoButton = new Button("Redo");
    private final Label message = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stepwise-data");
        thread.setDaemon(true);
        return thread;
    });
    private DataEditHistory history = new DataEditHistory(null);
    /** The full data set of the chosen source, before picking two features. */
    private Dataset full;
    private Consumer<Dataset> onDataChanged = data -> { };
    private boolean updating;

    /**
     * @param kind        the data the engine needs
     * @param twoFeatures whether the view draws exactly two features
     */
    public DataPicker(DataKind kind, boolean twoFeatures) {
        super(10);
        this.kind = kind;
        this.twoFeatures = twoFeatures;
        getStyleClass().add("data-picker");
        setPadding(new Insets(10));
        source.getItems().addAll(sourcesFor(kind));
        source.setId("data-source");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setOnAction(e -> {
            if (!updating && source.getValue() != null && !source.getValue().equals(IMPORTED)) {
                loadSource();
            }
        });
        for (Spinner<Integer> spinner : List.of(points, classes, generatorSeed)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
            spinner.valueProperty().addListener((obs, old, value) -> regenerateIfGenerator());
        }
        noise.setShowTickLabels(true);
        noise.setMajorTickUnit(0.25);
        noise.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                regenerateIfGenerator();
            }
        });
        xColumn.setOnAction(e -> pickFeatures());
        yColumn.setOnAction(e -> pickFeatures());
        Button importButton = new Button("Import CSV…");
        importButton.setId("import-csv");
        importButton.setOnAction(e -> chooseFile());
        undoButton.setOnAction(e -> undo());
        redoButton.setOnAction(e -> redo());
        undoButton.setId("data-undo");
        redoButton.setId("data-redo");
        message.setWrapText(true);
        message.setId("data-message");
        message.setStyle("-fx-text-fill: #D55E00; -fx-font-weight: bold;");
        busy.setVisible(false);
        busy.setPrefSize(24, 24);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label("Data"), source);
        form.addRow(row++, new Label("Points"), points);
        form.addRow(row++, new Label("Noise"), noise);
        form.addRow(row++, new Label("Classes"), classes);
        form.addRow(row++, new Label("Data seed"), generatorSeed);
        if (twoFeatures) {
            form.addRow(row++, new Label("x axis"), xColumn);
            form.addRow(row++, new Label("y axis"), yColumn);
        }
        form.addRow(row, new Label("New points"), editClass);
        editClass.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Integer k) { return k == null ? "" : className(k); }
            @Override public Integer fromString(String text) { return null; }
        });
        editClass.valueProperty().addListener((obs, old, value) -> refreshControls());
        Label hint = new Label("Click the plot to add a point of this class, drag a point to move it, "
                + "right-click to delete it.");
        hint.setWrapText(true);
        getChildren().addAll(form, new HBox(8, importButton, undoButton, redoButton, busy), hint, message);
        refreshControls();
    }

    /** Called on the FX thread with each new current data set. */
    public void setOnDataChanged(Consumer<Dataset> listener) { onDataChanged = listener; }

    public Dataset current() { return history.current(); }

    /** Shows given data (a lesson's default or a restored session) without emitting it. */
    public void setData(Dataset data) {
        history = new DataEditHistory(data);
        full = data;
        updating = true;
        if (data != null && source.getItems().contains(sourceName(data))) {
            source.setValue(sourceName(data));
        }
        updating = false;
        if (data != null) {
            fillColumns(data);
        }
        refreshControls();
    }

    /** The class new points get. */
    public int editClass() { return editClass.getValue() == null ? 0 : editClass.getValue(); }

    public void setEditClass(int classIndex) { editClass.setValue(classIndex); }

    public void addPoint(double x, double y) {
        Dataset data = current();
        if (data == null || data.featureCount() != 2) {
            return;
        }
        double target = data.isClassification() ? Math.min(editClass(), data.classCount() - 1) : 0;
        push(data.withRow(new double[] {x, y}, target));
    }

    public void movePoint(int row, double x, double y) {
        push(current().withRowMoved(row, new double[] {x, y}));
    }

    public void removePoint(int row) {
        push(current().withoutRow(row));
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            emit();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            emit();
        }
    }

    public boolean canUndo() { return history.canUndo(); }

    /** The message of the last refused load, or empty. */
    public String message() { return message.getText(); }

    /** True while a load runs in the background. */
    public boolean isBusy() { return busy.isVisible(); }

    /** Chooses a source by name (a built-in set or generator) as if picked in the list. */
    public void choose(String name) {
        source.setValue(name);
    }

    /** Reads a CSV file with the given column choice, in the background. */
    public void importFile(Path file, ImportChoice choice) {
        load(() -> CsvImporter.read(file, choice), true);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        busy.setVisible(true);
        loader.execute(() -> {
            try {
                CsvPreview preview = CsvImporter.preview(file);
                Platform.runLater(() -> {
                    busy.setVisible(false);
                    new CsvImportDialog(file.getFileName().toString(), preview, twoFeatures ? 2 : 0)
                            .showAndWait().ifPresent(choice -> importFile(file, choice));
                });
            } catch (RuntimeException refused) {
                Platform.runLater(() -> fail(refused));
            }
        });
    }

    private void loadSource() {
        String name = source.getValue();
        GeneratorOptions options = options();
        load(() -> BuiltInDatasets.names().contains(name) ? BuiltInDatasets.load(name)
                : Generators.generate(name, options), false);
    }

    private void regenerateIfGenerator() {
        if (!updating && source.getValue() != null && Generators.names().contains(source.getValue())) {
            loadSource();
        }
    }

    private GeneratorOptions options() {
        int classCount = Generators.takesClasses(source.getValue()) ? classes.getValue() : 2;
        return new GeneratorOptions(points.getValue(), Math.round(noise.getValue() * 100) / 100.0, classCount,
                generatorSeed.getValue());
    }

    /** Runs a load in the background; on success the data becomes current, else the message shows. */
    private void load(Supplier<Dataset> reading, boolean imported) {
        busy.setVisible(true);
        loader.execute(() -> {
            try {
                Dataset data = reading.get();
                checkFits(data);
                Platform.runLater(() -> {
                    busy.setVisible(false);
                    full = data;
                    if (imported) {
                        updating = true;
                        if (!source.getItems().contains(IMPORTED)) {
                            source.getItems().add(IMPORTED);
                        }
                        source.setValue(IMPORTED);
                        updating = false;
                    }
                    message.setText("");
                    fillColumns(data);
                    push(twoFeatures ? data.selectFeatures(0, Math.min(1, data.featureCount() - 1)) : data);
                });
            } catch (RuntimeException refused) {
                Platform.runLater(() -> fail(refused));
            }
        });
    }

    private void checkFits(Dataset data) {
        if (kind == DataKind.CLASSIFICATION && !data.isClassification()) {
            throw new IllegalArgumentException(data.name() + " has a real-valued target; this lesson needs classes.");
        }
        if (kind == DataKind.REGRESSION && data.isClassification()) {
            throw new IllegalArgumentException(data.name() + " has classes; this lesson needs a real-valued target.");
        }
        if (twoFeatures && data.featureCount() < 2) {
            throw new IllegalArgumentException(data.name() + " has one feature; this lesson draws two.");
        }
    }

    private void fail(RuntimeException refused) {
        busy.setVisible(false);
        message.setText(refused.getMessage() + " Your data is unchanged.");
    }

    private void fillColumns(Dataset data) {
        updating = true;
        xColumn.getItems().setAll(data.featureNames());
        yColumn.getItems().setAll(data.featureNames());
        xColumn.getSelectionModel().select(0);
        yColumn.getSelectionModel().select(Math.min(1, data.featureCount() - 1));
        updating = false;
    }

    private void pickFeatures() {
        if (updating || full == null || !twoFeatures) {
            return;
        }
        int x = xColumn.getSelectionModel().getSelectedIndex();
        int y = yColumn.getSelectionModel().getSelectedIndex();
        if (x >= 0 && y >= 0 && x < full.featureCount() && y < full.featureCount()) {
            push(full.selectFeatures(x, y));
        }
    }

    private void push(Dataset data) {
        history.apply(data);
        emit();
    }

    private void emit() {
        refreshControls();
        onDataChanged.accept(history.current());
    }

    private void refreshControls() {
        undoButton.setDisable(!history.canUndo());
        redoButton.setDisable(!history.canRedo());
        String name = source.getValue();
        boolean generator = name != null && Generators.names().contains(name);
        points.setDisable(!generator);
        noise.setDisable(!generator);
        generatorSeed.setDisable(!generator);
        classes.setDisable(!generator || !Generators.takesClasses(name));
        Dataset data = history.current();
        boolean wide = full != null && full.featureCount() > 2;
        xColumn.setDisable(!wide);
        yColumn.setDisable(!wide);
        int classCount = data != null && data.isClassification() ? data.classCount() : 0;
        if (editClass.getItems().size() != classCount) {
            List<Integer> indices = new ArrayList<>();
            for (int k = 0; k < classCount; k++) {
                indices.add(k);
            }
            editClass.getItems().setAll(indices);
            if (classCount > 0) {
                editClass.setValue(0);
            }
        }
        editClass.setStyle(classCount > 0 ? "-fx-border-color: " + web(ColorMaps.classArgb(editClass())) + ";"
                + " -fx-border-width: 0 0 0 8;" : "");
    }

    private String className(int k) {
        Dataset data = history.current();
        return data != null && k < data.classCount() ? data.classNames().get(k) : "class " + k;
    }

    private static String sourceName(Dataset data) {
        return data.name();
    }

    private static String web(int argb) {
        return String.format("#%06X", argb & 0xFFFFFF);
    }

    private static List<String> sourcesFor(DataKind kind) {
        List<String> names = new ArrayList<>();
        for (String name : BuiltInDatasets.names()) {
            if (kind != DataKind.CLASSIFICATION || BuiltInDatasets.isClassification(name)) {
                if (kind != DataKind.REGRESSION || !BuiltInDatasets.isClassification(name)) {
                    names.add(name);
                }
            }
        }
        names.addAll(kind == DataKind.REGRESSION ? Generators.regressionNames()
                : kind == DataKind.CLASSIFICATION ? Generators.classificationNames() : Generators.names());
        return names;
    }
}
