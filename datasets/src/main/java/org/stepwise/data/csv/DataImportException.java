package org.stepwise.data.csv;

/** A file that cannot become a data set; the message names the line and column to fix. */
public final class DataImportException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public DataImportException(String message) {
        super(message);
    }

    public DataImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
