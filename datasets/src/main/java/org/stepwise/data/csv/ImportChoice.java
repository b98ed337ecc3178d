package org.stepwise.data.csv;

import java.util.List;

/**
 * Which columns of a CSV file become features and which is the target.
 *
 * @param featureColumns column indices (0-based), at least one, without the target
 * @param targetColumn   column index of the target
 * @param targetKind     how to read the target
 */
public record ImportChoice(List<Integer> featureColumns, int targetColumn, TargetKind targetKind) {

    /** How the target column is read. */
    public enum TargetKind {
        /** Classes when the column holds text or at most 20 distinct whole numbers; else a real target. */
        AUTO,
        /** Each distinct value is a class. */
        CLASSIFICATION,
        /** The column holds real numbers. */
        REGRESSION
    }

    public ImportChoice {
        featureColumns = List.copyOf(featureColumns);
        if (featureColumns.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature column");
        }
        if (featureColumns.contains(targetColumn)) {
            throw new IllegalArgumentException("the target column cannot also be a feature");
        }
    }

    /** Every column but the last as features, the last as the target, read automatically. */
    public static ImportChoice lastColumnTarget(int columnCount) {
        if (columnCount < 2) {
            throw new DataImportException("the file needs at least two columns (features and a target); it has "
                    + columnCount);
        }
        List<Integer> features = new java.util.ArrayList<>();
        for (int j = 0; j < columnCount - 1; j++) {
            features.add(j);
        }
        return new ImportChoice(features, columnCount - 1, TargetKind.AUTO);
    }
}
