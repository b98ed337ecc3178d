package org.stepwise.data.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.stepwise.data.Dataset;

/**
 * Reads a learner's own CSV file: a header row of column names, then one row per point.
 *
 * <p>Strict, so that a mistake in the file is found and named instead of silently learned
 * from: the file must be UTF-8 (a UTF-8 byte-order mark is skipped, UTF-16 is refused), every
 * row as wide as the header, at most {@link #MAX_ROWS} data rows, every feature cell a finite
 * number in decimal notation, no empty, NaN or infinite cell in a chosen column, and at least
 * two classes for classification. Each refusal is a {@link DataImportException} naming the
 * line (1-based as a text editor counts, the header being line 1) and the column (by its
 * header name). No other exception escapes; an I/O failure becomes a
 * {@link DataImportException} carrying its reason.
 */
public final class CsvImporter {

    /** The largest number of data rows read; a longer file is refused while it is streamed. */
    public static final int MAX_ROWS = 1_000_000;
    /** Number of rows a preview keeps. */
    public static final int PREVIEW_ROWS = 20;
    /** AUTO reads a numeric target as classes when it has at most this many distinct whole values. */
    public static final int MAX_AUTO_CLASSES = 20;

    private CsvImporter() {
    }

    /**
     * The header, the first {@link #PREVIEW_ROWS} rows as written and the number of data rows,
     * for a column picker. The whole file is streamed once, so its structure (encoding, row
     * widths, row count) is checked; the cells' contents are checked by {@link #read}.
     *
     * @throws DataImportException if the file cannot be read or is malformed
     */
    public static CsvPreview preview(Path file) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int[] rowCount = {0};
        CsvRows.scan(file, false, new CsvRows.Visitor() {
            @Override
            public void header(List<String> columnNames) {
                header.addAll(columnNames);
            }

            @Override
            public void row(CSVRecord record, long line) {
                if (rows.size() < PREVIEW_ROWS) {
                    rows.add(record.toList());
                }
                rowCount[0]++;
            }
        });
        return new CsvPreview(header, rows, rowCount[0]);
    }

    /**
     * The column names of the header row, without reading the data rows.
     *
     * @throws DataImportException if the file cannot be read, is empty or has fewer than two columns
     */
    public static List<String> columnNames(Path file) {
        List<String> header = new ArrayList<>();
        CsvRows.scan(file, true, new CsvRows.Visitor() {
            @Override
            public void header(List<String> columnNames) {
                header.addAll(columnNames);
            }

            @Override
            public void row(CSVRecord record, long line) {
                throw new IllegalStateException("header-only scan visited a row");
            }
        });
        return List.copyOf(header);
    }

    /**
     * Reads the chosen columns as a data set named after the file (without ".csv").
     *
     * @throws DataImportException naming the line and column of the first problem found
     */
    public static Dataset read(Path file, ImportChoice choice) {
        Columns columns = new Columns(choice);
        CsvRows.scan(file, false, columns);
        if (columns.target.size() == 0) {
            throw new DataImportException(file.getFileName() + " has a header but no data rows");
        }
        String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.csv$", "");
        double[][] x = columns.featureRows();
        boolean classification = switch (choice.targetKind()) {
            case CLASSIFICATION -> true;
            case REGRESSION -> false;
            case AUTO -> columns.target.looksLikeClasses();
        };
        if (!classification) {
            return Dataset.regression(name, x, columns.target.values(), columns.featureNames, columns.targetName);
        }
        TargetColumn.Classes classes = columns.target.classes();
        Dataset data = Dataset.classification(name, x, classes.labels(), columns.featureNames, classes.names());
        // Dataset.classification names its target "class"; keep the file's own column name instead
        return data.withTargetName(columns.targetName);
    }

    /** Collects the chosen feature cells as numbers and the target cells as text. */
    private static final class Columns implements CsvRows.Visitor {

        private final ImportChoice choice;
        private List<String> header;
        private List<String> featureNames;
        private String targetName;
        private TargetColumn target;
        private double[] features = new double[1024];
        private int rowCount;

        Columns(ImportChoice choice) {
            this.choice = choice;
        }

        @Override
        public void header(List<String> columnNames) {
            header = columnNames;
            for (int column : choice.featureColumns()) {
                requireColumn(column);
            }
            requireColumn(choice.targetColumn());
            featureNames = choice.featureColumns().stream().map(header::get).toList();
            targetName = header.get(choice.targetColumn());
            target = new TargetColumn(targetName);
        }

        @Override
        public void row(CSVRecord record, long line) {
            int width = featureNames.size();
            if ((rowCount + 1) * width > features.length) {
                features = Arrays.copyOf(features, Math.max(features.length * 2, (rowCount + 1) * width));
            }
            for (int j = 0; j < width; j++) {
                int column = choice.featureColumns().get(j);
                features[rowCount * width + j] = Cells.number(record.get(column), line, header.get(column));
            }
            target.add(record.get(choice.targetColumn()), line);
            rowCount++;
        }

        double[][] featureRows() {
            int width = featureNames.size();
            double[][] rows = new double[rowCount][];
            for (int i = 0; i < rowCount; i++) {
                rows[i] = Arrays.copyOfRange(features, i * width, (i + 1) * width);
            }
            return rows;
        }

        private void requireColumn(int column) {
            if (column >= header.size()) {
                throw new DataImportException("column " + (column + 1) + " was chosen but the file has only "
                        + header.size() + " columns (" + String.join(", ", header) + ")");
            }
        }
    }
}
