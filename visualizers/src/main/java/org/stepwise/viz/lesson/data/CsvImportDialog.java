package org.stepwise.viz.lesson.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.layout.VBox;
import org.stepwise.data.csv.CsvPreview;
import org.stepwise.data.csv.ImportChoice;

/**
 * The column picker shown after choosing a CSV file: a preview of its first rows, the target
 * column and how to read it, and a tick per feature column (exactly two for a 2-D lesson).
 */
final class CsvImportDialog extends Dialog<ImportChoice> {

    private final List<CheckBox> featureBoxes = new ArrayList<>();
    private final ChoiceBox<String> target = new ChoiceBox<>();
    private final ChoiceBox<ImportChoice.TargetKind> kind = new ChoiceBox<>();
    private final Label problem = new Label();

    CsvImportDialog(String fileName, CsvPreview preview, int requiredFeatures) {
        setTitle("Import " + fileName);
        setHeaderText(fileName + ": " + preview.rowCount() + " rows, " + preview.columns().size() + " columns");
        TableView<List<String>> table = new TableView<>();
        for (int j = 0; j < preview.columns().size(); j++) {
            int column = j;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(preview.columns().get(j));
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    column < row.getValue().size() ? row.getValue().get(column) : ""));
            table.getColumns().add(tableColumn);
        }
        table.getItems().addAll(preview.rows());
        table.setPrefHeight(240);

        target.getItems().addAll(preview.columns());
        target.getSelectionModel().selectLast();
        kind.getItems().addAll(ImportChoice.TargetKind.values());
        kind.setValue(ImportChoice.TargetKind.CLASSIFICATION);
        FlowPane features = new FlowPane(12, 6);
        for (int j = 0; j < preview.columns().size(); j++) {
            CheckBox box = new CheckBox(preview.columns().get(j));
            box.setSelected(j < requiredFeatures && j < preview.columns().size() - 1);
            featureBoxes.add(box);
            features.getChildren().add(box);
        }
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Target column"), target, new Label("read as"), kind);
        String need = requiredFeatures > 0 ? "Feature columns (tick exactly " + requiredFeatures + ")" : "Feature columns";
        problem.setStyle("-fx-text-fill: #D55E00;");
        VBox box = new VBox(10, table, form, new Label(need), features, problem);
        box.setPadding(new Insets(10));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            Optional<String> refusal = refusal(requiredFeatures);
            refusal.ifPresent(text -> {
                problem.setText(text);
                event.consume();
            });
        });
        setResultConverter(button -> button == ButtonType.OK ? choice() : null);
    }

    private Optional<String> refusal(int requiredFeatures) {
        List<Integer> chosen = chosenFeatures();
        if (chosen.contains(target.getSelectionModel().getSelectedIndex())) {
            return Optional.of("The target column cannot also be a feature.");
        }
        if (chosen.isEmpty()) {
            return Optional.of("Tick at least one feature column.");
        }
        if (requiredFeatures > 0 && chosen.size() != requiredFeatures) {
            return Optional.of("This lesson draws " + requiredFeatures + " features; tick exactly " + requiredFeatures + ".");
        }
        return Optional.empty();
    }

    private List<Integer> chosenFeatures() {
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < featureBoxes.size(); j++) {
            if (featureBoxes.get(j).isSelected()) {
                chosen.add(j);
            }
        }
        return chosen;
    }

    private ImportChoice choice() {
        return new ImportChoice(chosenFeatures(), target.getSelectionModel().getSelectedIndex(), kind.getValue());
    }
}
