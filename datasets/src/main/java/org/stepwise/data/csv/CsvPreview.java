package org.stepwise.data.csv;

import java.util.List;

/**
 * The first rows of a CSV file as text, for the column picker.
 *
 * @param columns column names from the header
 * @param rows    up to {@link CsvImporter#PREVIEW_ROWS} data rows, as written
 * @param rowCount number of data rows in the file
 */
public record CsvPreview(List<String> columns, List<List<String>> rows, int rowCount) {

    public CsvPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
