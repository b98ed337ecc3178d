package org.stepwise.viz.lesson.data;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stepwise.algo.DataKind;
import org.stepwise.data.csv.CsvPreview;
import org.stepwise.data.csv.ImportChoice;
import org.stepwise.data.csv.ImportChoice.TargetKind;

/**
 * The column picker shown after a CSV file is chosen: a table of its first rows, the target
 * column and how to read it, and a tick per feature column (exactly as many as the view
 * draws, when it draws a fixed number). OK is refused, with the reason shown, until the
 * choice makes sense; the result is the {@link ImportChoice}, or empty on Cancel.
 */
final class CsvImportDialog extends Dialog<ImportChoice> {

    /** The dialog's type size, the lesson's. */
    private static final double DIALOG_TYPE = 15;

    private final List<CheckBox> featureBoxes = new ArrayList<>();
    private final ChoiceBox<String> target = new ChoiceBox<>();
    private final ChoiceBox<TargetKind> kind = new ChoiceBox<>();
    private final Label problem = new Label();
    private final int requiredFeatures;

    /**
     * @param requiredFeatures how many feature columns must be ticked; 0 for any number
     * @param lessonKind       the data the lesson needs, which sets how the target is read at first
     */
    CsvImportDialog(String fileName, CsvPreview preview, int requiredFeatures, DataKind lessonKind) {
        this.requiredFeatures = requiredFeatures;
        setTitle("Import " + fileName);
        setHeaderText(fileName + ": " + String.format("%,d", preview.rowCount()) + " rows, "
                + preview.columns().size() + " columns. Choose the target and the features.");
        setResizable(true);

        target.setId("csv-target");
        target.getItems().addAll(preview.columns());
        kind.setId("csv-target-kind");
        kind.getItems().addAll(TargetKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TargetKind targetKind) {
                return targetKind == null ? "" : switch (targetKind) {
                    case AUTO -> "decide from the values";
                    case CLASSIFICATION -> "classes";
                    case REGRESSION -> "real numbers (regression)";
                };
            }

            @Override
            public TargetKind fromString(String text) {
                for (TargetKind targetKind : TargetKind.values()) {
                    if (toString(targetKind).equals(text)) {
                        return targetKind;
                    }
                }
                return null;
            }
        });
        kind.setValue(switch (lessonKind) {
            case CLASSIFICATION -> TargetKind.CLASSIFICATION;
            case REGRESSION -> TargetKind.REGRESSION;
            default -> TargetKind.AUTO;
        });
        FlowPane features = new FlowPane(14, 8);
        for (String column : preview.columns()) {
            CheckBox box = new CheckBox(column);
            box.selectedProperty().addListener((obs, was, ticked) -> problem.setText(""));
            featureBoxes.add(box);
            features.getChildren().add(box);
        }
        target.getSelectionModel().selectedIndexProperty().addListener(
                (obs, old, index) -> targetChosen(index.intValue()));
        target.getSelectionModel().selectLast();
        tickDefaultFeatures();

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        Label targetName = new Label("Target column");
        Label readAs = new Label("read as");
        // Names read whole ("Target colu…" said little); the choice boxes give way instead.
        targetName.setMinWidth(Region.USE_PREF_SIZE);
        readAs.setMinWidth(Region.USE_PREF_SIZE);
        form.addRow(0, targetName, target, readAs, kind);
        String need = requiredFeatures > 0
                ? "Feature columns (tick exactly " + requiredFeatures + ")" : "Feature columns";
        problem.setId("csv-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #D55E00; -fx-font-weight: bold;");
        VBox content = new VBox(12, previewTable(preview), form, new Label(need), features, problem);
        content.setPadding(new Insets(10));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        // Read on a projector like the lesson itself.
        getDialogPane().setStyle("-fx-font-size: " + (int) DIALOG_TYPE + "px;");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            refusal().ifPresent(text -> {
                problem.setText(text);
                event.consume();
            });
        });
        setResultConverter(button -> button == ButtonType.OK ? choice() : null);
    }

    /**
     * Asks for a CSV file to import.
     *
     * @param owner {@code null} permitted
     * @return the chosen file, or {@code null} when the learner cancelled
     */
    static Path chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    /**
     * Shows the column picker for {@code file} without blocking; {@code onChosen} gets the
     * choice after OK, and is not called on Cancel.
     *
     * @param owner {@code null} permitted
     */
    static void open(Window owner, Path file, CsvPreview preview, int requiredFeatures, DataKind lessonKind,
                     Consumer<ImportChoice> onChosen) {
        CsvImportDialog dialog = new CsvImportDialog(file.getFileName().toString(), preview, requiredFeatures,
                lessonKind);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        // show(), not showAndWait(): callers run from event handlers that should not nest a loop.
        dialog.setOnHidden(event -> {
            ImportChoice choice = dialog.getResult();
            if (choice != null) {
                onChosen.accept(choice);
            }
        });
        dialog.show();
    }

    /** Why the current choice cannot be imported, or empty when it can. */
    Optional<String> refusal() {
        List<Integer> chosen = chosenFeatures();
        if (target.getSelectionModel().getSelectedIndex() < 0) {
            return Optional.of("Choose the target column.");
        }
        if (chosen.isEmpty()) {
            return Optional.of("Tick at least one feature column.");
        }
        if (requiredFeatures > 0 && chosen.size() != requiredFeatures) {
            return Optional.of("This lesson draws " + requiredFeatures + (requiredFeatures == 1 ? " feature" : " features")
                    + "; tick exactly " + requiredFeatures + " (you ticked " + chosen.size() + ").");
        }
        return Optional.empty();
    }

    /** The choice as it stands; call only when {@link #refusal()} is empty. */
    ImportChoice choice() {
        return new ImportChoice(chosenFeatures(), target.getSelectionModel().getSelectedIndex(), kind.getValue());
    }

    /** Ticks or unticks feature column {@code column}, as the learner would. */
    void tick(int column, boolean ticked) { featureBoxes.get(column).setSelected(ticked); }

    void chooseTarget(int column) { target.getSelectionModel().select(column); }

    void chooseKind(TargetKind targetKind) { kind.setValue(targetKind); }

    /** The target cannot be a feature: its box is cleared and disabled. */
    private void targetChosen(int targetColumn) {
        for (int j = 0; j < featureBoxes.size(); j++) {
            CheckBox box = featureBoxes.get(j);
            box.setDisable(j == targetColumn);
            if (j == targetColumn) {
                box.setSelected(false);
            }
        }
    }

    /** The first non-target columns, as many as the view draws, or all of them. */
    private void tickDefaultFeatures() {
        int targetColumn = target.getSelectionModel().getSelectedIndex();
        int ticked = 0;
        for (int j = 0; j < featureBoxes.size(); j++) {
            boolean tick = j != targetColumn && (requiredFeatures == 0 || ticked < requiredFeatures);
            featureBoxes.get(j).setSelected(tick);
            ticked += tick ? 1 : 0;
        }
    }

    private List<Integer> chosenFeatures() {
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < featureBoxes.size(); j++) {
            if (featureBoxes.get(j).isSelected() && !featureBoxes.get(j).isDisabled()) {
                chosen.add(j);
            }
        }
        return chosen;
    }

    /** A column header's room around its name: the header's padding and a little air. */
    private static final double HEADER_PADDING = 28;

    /** The width of a column's name in the header's type: bold, at the dialog's 15 px. */
    private static double headerWidth(String name) {
        Text text = new Text(name);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, DIALOG_TYPE));
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    private static TableView<List<String>> previewTable(CsvPreview preview) {
        TableView<List<String>> table = new TableView<>();
        table.setId("csv-preview");
        for (int j = 0; j < preview.columns().size(); j++) {
            int column = j;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(preview.columns().get(j));
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    column < row.getValue().size() ? row.getValue().get(column) : ""));
            tableColumn.setSortable(false);
            // The table sizes its columns to their contents before the dialog's 15 px type is
            // applied, and cut short names to "…" ("x1", "label"): at least the name's width.
            tableColumn.setMinWidth(HEADER_PADDING + headerWidth(preview.columns().get(j)));
            table.getColumns().add(tableColumn);
        }
        table.getItems().addAll(preview.rows());
        table.setPrefHeight(260);
        table.setPlaceholder(new Label("The file has a header but no rows."));
        return table;
    }
}
