package org.stepwise.data.csv;

import java.util.regex.Pattern;

/**
 * Reads one cell as a number, strictly: plain decimal notation with an optional exponent
 * ({@code 3}, {@code -0.5}, {@code .25}, {@code 1e-3}). Java's own suffixes and hexadecimal
 * forms ({@code 2d}, {@code 0x1p3}) are refused because a spreadsheet never means them, and
 * missing or infinite values ({@code NaN}, {@code inf}, an empty cell, a number too large
 * for a double) are refused by name.
 */
final class Cells {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity)");

    private Cells() {
    }

    /** True when the cell reads as a finite number under {@link #number}. */
    static boolean isNumber(String cell) {
        return DECIMAL.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell));
    }

    /** True for the spellings of a missing or infinite value ({@code NaN}, {@code -inf}...). */
    static boolean isNotFiniteWord(String cell) {
        return NOT_FINITE.matcher(cell).matches();
    }

    /**
     * The value of a cell that must hold a finite number.
     *
     * @param cell   the trimmed text of the cell
     * @param line   its line in the file, for the message
     * @param column its column's header name, for the message
     * @throws DataImportException naming the line, the column and what is wrong
     */
    static double number(String cell, long line, String column) {
        requirePresent(cell, line, column);
        if (!DECIMAL.matcher(cell).matches()) {
            throw new DataImportException(where(line, column) + "'" + cell + "' is not a number");
        }
        double value = Double.parseDouble(cell);
        if (!Double.isFinite(value)) {
            throw new DataImportException(where(line, column) + "'" + cell + "' is too large for a number");
        }
        return value;
    }

    /**
     * Refuses an empty cell and a NaN or infinity spelling, which are missing values rather than data.
     *
     * @throws DataImportException naming the line and the column
     */
    static void requirePresent(String cell, long line, String column) {
        if (cell.isEmpty()) {
            throw new DataImportException(where(line, column) + "the cell is empty; fill it in or delete the row");
        }
        if (isNotFiniteWord(cell)) {
            throw new DataImportException(where(line, column) + "'" + cell
                    + "' is not a finite number; fill it in or delete the row");
        }
    }

    static String where(long line, String column) {
        return "line " + line + ", column '" + column + "': ";
    }
}
