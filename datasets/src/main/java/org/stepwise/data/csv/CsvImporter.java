package org.stepwise.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.stepwise.data.Dataset;

/**
 * Reads a learner's CSV file: a header row, then one row per point. Strict: the file must be
 * UTF-8 (a UTF-8 byte-order mark is skipped), every row as wide as the header, every feature
 * cell a finite number, at most {@link #MAX_ROWS} rows, and a classification target with at
 * least two classes. Each refusal is a {@link DataImportException} naming the line (as a text
 * editor counts, the header being line 1) and the column.
 */
public final class CsvImporter {

    public static final int MAX_ROWS = 1_000_000;
    public static final int PREVIEW_ROWS = 20;
    /** AUTO reads a numeric target as classes when it has at most this many distinct whole values. */
    public static final int MAX_AUTO_CLASSES = 20;

    private CsvImporter() {
    }

    /** The header and first rows, for the column picker. */
    public static CsvPreview preview(Path file) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int[] count = {0};
        scan(file, header::addAll, record -> {
            if (rows.size() < PREVIEW_ROWS) {
                rows.add(record.toList());
            }
            count[0]++;
        });
        return new CsvPreview(header, rows, count[0]);
    }

    /** Reads the chosen columns as a data set named after the file. */
    public static Dataset read(Path file, ImportChoice choice) {
        List<String> header = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        scan(file, names -> {
            header.addAll(names);
            for (int column : choice.featureColumns()) {
                checkColumn(column, names);
            }
            checkColumn(choice.targetColumn(), names);
        }, record -> {
            long line = record.getParser().getCurrentLineNumber();
            double[] row = new double[choice.featureColumns().size()];
            for (int j = 0; j < row.length; j++) {
                int column = choice.featureColumns().get(j);
                row[j] = number(record.get(column), line, header.get(column));
            }
            String target = record.get(choice.targetColumn()).trim();
            if (target.isEmpty()) {
                throw new DataImportException("line " + line + ", column '" + header.get(choice.targetColumn())
                        + "': the target is empty");
            }
            features.add(row);
            targets.add(target);
            lines.add(line);
        });
        if (features.isEmpty()) {
            throw new DataImportException(file.getFileName() + " has a header but no data rows");
        }
        List<String> featureNames = choice.featureColumns().stream().map(header::get).toList();
        String targetName = header.get(choice.targetColumn());
        String name = file.getFileName().toString().replaceFirst("\\.[cC][sS][vV]$", "");
        double[][] x = features.toArray(new double[0][]);
        boolean classes = switch (choice.targetKind()) {
            case CLASSIFICATION -> true;
            case REGRESSION -> false;
            case AUTO -> looksLikeClasses(targets);
        };
        if (!classes) {
            double[] y = new double[targets.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = number(targets.get(i), lines.get(i), targetName);
            }
            return Dataset.regression(name, x, y, featureNames, targetName);
        }
        TreeMap<Object, Integer> classIndex = classIndex(targets);
        if (classIndex.size() < 2) {
            throw new DataImportException("the target column '" + targetName + "' has only one class ('"
                    + targets.get(0) + "'); a classifier needs at least two");
        }
        int[] labels = new int[targets.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classIndex.get(classKey(targets.get(i)));
        }
        List<String> classNames = classIndex.keySet().stream().map(CsvImporter::className).toList();
        return Dataset.classification(name, x, labels, featureNames, classNames);
    }

    /** Streams the file: the header to {@code onHeader}, each checked data record to {@code onRecord}. */
    private static void scan(Path file, Consumer<List<String>> onHeader, Consumer<CSVRecord> onRecord) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            in.mark(4);
            InputStream body = skipByteOrderMark(in, file);
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(body, decoder));
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                    .setIgnoreEmptyLines(true).setTrim(true).build();
            try (CSVParser parser = format.parse(reader)) {
                List<String> header = header(parser, file);
                onHeader.accept(header);
                Iterator<CSVRecord> records = parser.iterator();
                int count = 0;
                while (nextRecord(records, parser)) {
                    CSVRecord record = records.next();
                    if (++count > MAX_ROWS) {
                        throw new DataImportException(file.getFileName() + " has more than "
                                + String.format("%,d", MAX_ROWS) + " rows; Stepwise reads at most that many");
                    }
                    if (record.size() != header.size()) {
                        throw new DataImportException("line " + parser.getCurrentLineNumber() + " has "
                                + record.size() + " cells; the header has " + header.size());
                    }
                    onRecord.accept(record);
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataImportException("there is no file " + file);
        } catch (CharacterCodingException e) {
            throw new DataImportException(file.getFileName() + " is not UTF-8 text; save it as UTF-8 and try again", e);
        } catch (IOException e) {
            throw new DataImportException(file.getFileName() + " could not be read: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new DataImportException(file.getFileName() + " is not a well-formed CSV file: " + e.getMessage(), e);
        }
    }

    /** Advances, turning a decoding error inside the parser into a message with its line. */
    private static boolean nextRecord(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new DataImportException("line " + (parser.getCurrentLineNumber() + 1)
                        + " is not UTF-8 text; save the file as UTF-8 and try again", e);
            }
            throw new DataImportException("the file could not be read after line " + parser.getCurrentLineNumber()
                    + ": " + e.getCause().getMessage(), e);
        }
    }

    private static List<String> header(CSVParser parser, Path file) {
        List<String> names = new ArrayList<>(parser.getHeaderNames());
        if (names.isEmpty() || names.stream().allMatch(String::isBlank)) {
            throw new DataImportException(file.getFileName() + " is empty; it needs a header row and data rows");
        }
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).isBlank()) {
                names.set(j, "column " + (j + 1));
            }
        }
        return names;
    }

    private static InputStream skipByteOrderMark(InputStream in, Path file) throws IOException {
        byte[] start = in.readNBytes(3);
        if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
            throw new DataImportException(file.getFileName() + " is saved as UTF-16; save it as UTF-8 and try again");
        }
        boolean utf8Mark = start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB
                && start[2] == (byte) 0xBF;
        in.reset();
        if (utf8Mark) {
            in.skipNBytes(3);
        }
        return in;
    }

    private static void checkColumn(int column, List<String> header) {
        if (column < 0 || column >= header.size()) {
            throw new DataImportException("column " + (column + 1) + " does not exist; the file has "
                    + header.size() + " columns");
        }
    }

    private static double number(String cell, long line, String column) {
        String text = cell.trim();
        if (text.isEmpty()) {
            throw new DataImportException("line " + line + ", column '" + column + "': the cell is empty");
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataImportException("line " + line + ", column '" + column + "': '" + text
                    + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new DataImportException("line " + line + ", column '" + column + "': '" + text
                    + "' is not a finite number");
        }
        return value;
    }

    private static boolean looksLikeClasses(List<String> targets) {
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (String target : targets) {
            Double value = parseOrNull(target);
            if (value == null) {
                return true;
            }
            if (value != Math.rint(value)) {
                return false;
            }
            distinct.add(value);
            if (distinct.size() > MAX_AUTO_CLASSES) {
                return false;
            }
        }
        return true;
    }

    /** Class keys: numbers sort numerically, text alphabetically, numbers before text. */
    private static TreeMap<Object, Integer> classIndex(List<String> targets) {
        TreeMap<Object, Integer> index = new TreeMap<>((a, b) -> {
            if (a instanceof Double x && b instanceof Double y) {
                return Double.compare(x, y);
            }
            if (a instanceof Double) {
                return -1;
            }
            if (b instanceof Double) {
                return 1;
            }
            return ((String) a).compareTo((String) b);
        });
        for (String target : targets) {
            index.putIfAbsent(classKey(target), 0);
        }
        int next = 0;
        for (var entry : index.entrySet()) {
            entry.setValue(next++);
        }
        return index;
    }

    private static Object classKey(String target) {
        Double value = parseOrNull(target);
        return value != null ? (Object) value : target;
    }

    private static String className(Object key) {
        if (key instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return key.toString();
    }

    private static Double parseOrNull(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
