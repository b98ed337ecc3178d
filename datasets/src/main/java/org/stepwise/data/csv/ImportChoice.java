package org.stepwise.data.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which columns of a CSV file become features and which is the target.
 *
 * @param featureColumns column indices (0-based), at least one, each once, without the target
 * @param targetColumn   column index of the target
 * @param targetKind     how to read the target
 */
public record ImportChoice(List<Integer> featureColumns, int targetColumn, TargetKind targetKind) {

    /** How the target column is read. */
    public enum TargetKind {
        /**
         * Classes when some target cell is not a number, or when every cell is a whole number and
         * there are at most {@link CsvImporter#MAX_AUTO_CLASSES} (20) distinct values; otherwise
         * a real-valued (regression) target.
         */
        AUTO,
        /** Each distinct value is a class. */
        CLASSIFICATION,
        /** The column holds real numbers. */
        REGRESSION
    }

    public ImportChoice {
        featureColumns = List.copyOf(featureColumns);
        Objects.requireNonNull(targetKind, "targetKind");
        if (featureColumns.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature column");
        }
        if (featureColumns.contains(targetColumn)) {
            throw new IllegalArgumentException("the target column cannot also be a feature");
        }
        if (targetColumn < 0 || featureColumns.stream().anyMatch(column -> column < 0)) {
            throw new IllegalArgumentException("column indices start at 0; got " + featureColumns
                    + " and target " + targetColumn);
        }
        if (featureColumns.stream().distinct().count() < featureColumns.size()) {
            throw new IllegalArgumentException("each feature column can be chosen once; got " + featureColumns);
        }
    }

    /** Every column but the last as features, the last as the target, read automatically. */
    public static ImportChoice lastColumnTarget(int columnCount) {
        if (columnCount < 2) {
            throw new DataImportException("the file needs at least two columns (features and a target); it has "
                    + columnCount);
        }
        List<Integer> features = new ArrayList<>();
        for (int j = 0; j < columnCount - 1; j++) {
            features.add(j);
        }
        return new ImportChoice(features, columnCount - 1, TargetKind.AUTO);
    }
}
