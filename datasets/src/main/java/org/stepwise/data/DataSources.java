package org.stepwise.data;

import java.nio.file.Path;
import org.stepwise.data.csv.CsvImporter;
import org.stepwise.data.csv.CsvPreview;
import org.stepwise.data.csv.ImportChoice;

/**
 * Turns a data set name from the command line or a session into data: a built-in set, a
 * generator (with options), or a CSV file (header row; the last column is the target, read as
 * classes when it holds text or at most 20 distinct whole numbers).
 */
public final class DataSources {

    private DataSources() {
    }

    public static Dataset resolve(String spec, GeneratorOptions options) {
        if (BuiltInDatasets.names().contains(spec)) {
            return BuiltInDatasets.load(spec);
        }
        if (Generators.names().contains(spec)) {
            return Generators.generate(spec, options);
        }
        if (spec.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            Path file = Path.of(spec);
            CsvPreview preview = CsvImporter.preview(file);
            return CsvImporter.read(file, ImportChoice.lastColumnTarget(preview.columns().size()));
        }
        throw new IllegalArgumentException("Unknown data set '" + spec + "'; use a built-in set ("
                + String.join(", ", BuiltInDatasets.names()) + "), a generator ("
                + String.join(", ", Generators.names()) + ") or a .csv file.");
    }
}
