package org.stepwise.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams the rows of a CSV file and checks its structure: strict UTF-8 (through
 * {@link StrictUtf8Reader}), a header of at least two columns, every row exactly as wide as the
 * header, at most {@link CsvImporter#MAX_ROWS} data rows (refused as soon as one more is read,
 * never after reading the whole file). Rows whose cells are all blank are skipped, as
 * spreadsheets often end an export with a few of them. What the cells mean is the caller's job.
 */
final class CsvRows {

    /** Receives the header, then each data row with the line (1-based, as an editor counts) it ends on. */
    interface Visitor {
        void header(List<String> columnNames);

        void row(CSVRecord record, long line);
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    private static final Pattern ERROR_LINE = Pattern.compile("(?:startline|line:) (\\d+)");

    private CsvRows() {
    }

    /**
     * Reads the header and, unless {@code headerOnly}, every data row.
     *
     * @throws DataImportException for any problem, with the line it is on
     */
    static void scan(Path file, boolean headerOnly, Visitor visitor) {
        String fileName = String.valueOf(file.getFileName());
        // the stream has its own resource so that it is closed even when the header cannot be parsed
        try (StrictUtf8Reader reader = new StrictUtf8Reader(new BufferedInputStream(Files.newInputStream(file)));
             CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = header(parser, fileName);
            visitor.header(header);
            if (headerOnly) {
                return;
            }
            Iterator<CSVRecord> records = parser.iterator();
            int count = 0;
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (++count > CsvImporter.MAX_ROWS) {
                    throw new DataImportException(fileName + " has more than "
                            + String.format(Locale.ROOT, "%,d", CsvImporter.MAX_ROWS)
                            + " rows; Stepwise reads at most that many");
                }
                if (record.size() != header.size()) {
                    throw new DataImportException("line " + line + " has " + record.size() + " cells; the header has "
                            + header.size() + " (every row needs one cell per column)");
                }
                visitor.row(record, line);
            }
        } catch (NoSuchFileException e) {
            throw new DataImportException("there is no file " + file);
        } catch (AccessDeniedException e) {
            throw new DataImportException(fileName + " cannot be opened: permission denied");
        } catch (UncheckedIOException e) {
            throw readError(e.getCause(), fileName, e);
        } catch (IOException e) {
            throw readError(e, fileName, e);
        }
    }

    private static List<String> header(CSVParser parser, String fileName) {
        List<String> names = new ArrayList<>(parser.getHeaderNames());
        if (names.stream().allMatch(String::isBlank)) {
            throw new DataImportException(fileName + " is empty; it needs a header row of column names,"
                    + " then one row per point");
        }
        if (names.size() == 1) {
            String only = names.get(0);
            String separator = only.contains(";") ? "';'" : only.contains("\t") ? "tabs" : null;
            throw new DataImportException("line 1 has a single column ('" + only + "'); Stepwise reads"
                    + " comma-separated values and needs at least a feature and a target column"
                    + (separator == null ? "" : "; this file seems to separate values with " + separator));
        }
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).isBlank()) {
                names.set(j, "column " + (j + 1));
            }
        }
        return names;
    }

    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException malformed) {
                throw quoteError(malformed, parser.getCurrentLineNumber());
            }
            throw e;
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static DataImportException readError(IOException cause, String fileName, Exception thrown) {
        if (cause instanceof CSVException malformed) {
            return quoteError(malformed, -1);
        }
        return new DataImportException(fileName + " could not be read: " + cause.getMessage(), thrown);
    }

    /** commons-csv names the line inside its message ("(startline 3) EOF reached..."). */
    private static DataImportException quoteError(CSVException malformed, long fallbackLine) {
        Matcher matcher = ERROR_LINE.matcher(String.valueOf(malformed.getMessage()));
        String line = matcher.find() ? matcher.group(1) : Long.toString(fallbackLine);
        return new DataImportException("line " + line + " has an unbalanced quote: a cell that starts with \""
                + " must end with \" before the next comma (" + malformed.getMessage() + ")", malformed);
    }
}
