package org.stepwise.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data sets shipped as CSV resources (sources, citations and licences in
 * {@code builtin/SOURCES.md}): Iris, Wine, Breast Cancer Wisconsin (diagnostic), Digits (8×8)
 * and Diabetes, exported from scikit-learn 1.2.1 by {@code tools/datasets/export_builtin.py}.
 *
 * <p>Class ids are scikit-learn's ({@code load_iris().target} etc.): iris 0 setosa,
 * 1 versicolor, 2 virginica; breast_cancer 0 malignant, 1 benign; digits the digit itself.
 * Digits' rows are 8 × 8 images ({@link Dataset#isImage()}; {@code digits.image=8x8} in the
 * index). Diabetes holds the values {@code load_diabetes()} returns by default: each feature
 * mean-centred and scaled to unit Euclidean norm (not the raw measurements); the target is the
 * raw disease-progression score. Each call reads the resource afresh (nothing is cached), so
 * callers own the result.
 */
public final class BuiltInDatasets {

    private static final List<String> NAMES = List.of("iris", "wine", "breast_cancer", "digits", "diabetes");

    private BuiltInDatasets() {
    }

    /** The names, in the order the data picker lists them. */
    public static List<String> names() { return NAMES; }

    /** True for classification sets (every one but diabetes). */
    public static boolean isClassification(String name) {
        return index().getProperty(require(name) + ".classes") != null;
    }

    /**
     * Reads a built-in set: a classification data set with scikit-learn's class names, or for
     * {@code diabetes} a regression data set.
     *
     * @throws IllegalArgumentException for an unknown name, listing the names there are
     */
    public static Dataset load(String name) {
        require(name);
        Properties index = index();
        String classes = index.getProperty(name + ".classes");
        try (InputStream in = resource(name + ".csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(reader)) {
            List<String> header = parser.getHeaderNames();
            List<String> features = header.subList(0, header.size() - 1);
            List<double[]> rows = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (CSVRecord record : parser) {
                double[] row = new double[features.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(record.get(j));
                }
                rows.add(row);
                targets.add(Double.parseDouble(record.get(features.size())));
            }
            double[][] x = rows.toArray(new double[0][]);
            if (classes == null) {
                return Dataset.regression(name, x, targets.stream().mapToDouble(Double::doubleValue).toArray(),
                        features, header.get(header.size() - 1));
            }
            int[] labels = targets.stream().mapToInt(Double::intValue).toArray();
            Dataset data = Dataset.classification(name, x, labels, features, Arrays.asList(classes.split(",")))
                    .withTargetName(header.get(header.size() - 1));
            String image = index.getProperty(name + ".image");
            if (image != null) {
                String[] size = image.split("x");
                data = data.withImageShape(Integer.parseInt(size[0]), Integer.parseInt(size[1]));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in data set '" + name + "' could not be read", e);
        }
    }

    private static String require(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("There is no built-in data set '" + name + "'; they are: "
                    + String.join(", ", NAMES) + ".");
        }
        return name;
    }

    private static Properties index() {
        Properties index = new Properties();
        try (InputStream in = resource("index.properties")) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in data set index could not be read", e);
        }
        return index;
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = BuiltInDatasets.class.getResourceAsStream("builtin/" + file);
        if (in == null) {
            throw new IOException("missing resource builtin/" + file);
        }
        return in;
    }
}
