package org.stepwise.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.stepwise.data.csv.CsvImporter;
import org.stepwise.data.csv.DataImportException;
import org.stepwise.data.csv.ImportChoice;

/**
 * Turns a data set name from the command line or a session into data, in this order:
 * <ol>
 * <li>a built-in set ({@link BuiltInDatasets#names()});</li>
 * <li>a generator ({@link Generators#names()}), given the options;</li>
 * <li>a path ending in {@code .csv} (any case): the file needs a header row; the last column is
 *     the target and all the others are features. The target is read as classes when some of
 *     its cells are not numbers, or when all are whole numbers with at most
 *     {@value org.stepwise.data.csv.CsvImporter#MAX_AUTO_CLASSES} distinct values; otherwise it
 *     is a regression target ({@link ImportChoice.TargetKind#AUTO}). The file is checked as
 *     {@link CsvImporter} describes.</li>
 * </ol>
 */
public final class DataSources {

    private DataSources() {
    }

    /**
     * The data a name stands for.
     *
     * @param spec    a built-in name, a generator name or a path ending in .csv
     * @param options generator options; ignored for built-in sets and files
     * @throws IllegalArgumentException for an unknown name (listing the built-in sets and the
     *                                  generators), bad generator options or a file that cannot be
     *                                  imported ({@link DataImportException})
     */
    /**
     * What a learner reads for a built-in set or a generator ("Breast Cancer" for
     * {@code breast_cancer}, "XOR" for {@code xor}); the names stay the interface of the command
     * line and sessions. Any other name is returned as it is.
     */
    public static String label(String name) {
        return LABELS.getOrDefault(name, name);
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("iris", "Iris"), java.util.Map.entry("wine", "Wine"),
            java.util.Map.entry("breast_cancer", "Breast Cancer"), java.util.Map.entry("digits", "Digits"),
            java.util.Map.entry("diabetes", "Diabetes"), java.util.Map.entry("moons", "Moons"),
            java.util.Map.entry("circles", "Circles"), java.util.Map.entry("blobs", "Blobs"),
            java.util.Map.entry("xor", "XOR"), java.util.Map.entry("spirals", "Spirals"),
            java.util.Map.entry("linear", "Linear"), java.util.Map.entry("sine", "Sine"));

    public static Dataset resolve(String spec, GeneratorOptions options) {
        Objects.requireNonNull(spec, "spec");
        if (BuiltInDatasets.names().contains(spec)) {
            return BuiltInDatasets.load(spec);
        }
        if (Generators.names().contains(spec)) {
            return Generators.generate(spec, Objects.requireNonNull(options, "options"));
        }
        if (spec.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Path file;
            try {
                file = Path.of(spec);
            } catch (InvalidPathException e) {
                throw new DataImportException("'" + spec + "' is not a file path this system accepts: "
                        + e.getReason());
            }
            try {
                int columnCount = CsvImporter.columnNames(file).size();
                return CsvImporter.read(file, ImportChoice.lastColumnTarget(columnCount));
            } catch (DataImportException e) {
                throw sentence(e, file);
            }
        }
        throw new IllegalArgumentException("Unknown data set '" + spec + "'; use a built-in set ("
                + String.join(", ", BuiltInDatasets.names()) + "), a generator ("
                + String.join(", ", Generators.names()) + ") or a path to a .csv file.");
    }

    /**
     * The importer's message as a sentence on its own, as the command line prints it: from a
     * capital, and naming the file when it does not ("points.csv: Line 3 has 2 cells...").
     */
    private static DataImportException sentence(DataImportException e, Path file) {
        String message = e.getMessage();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String capital = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return new DataImportException(message.contains(name) ? capital : name + ": " + capital);
    }
}
