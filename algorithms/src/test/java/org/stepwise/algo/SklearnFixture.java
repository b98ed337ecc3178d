package org.stepwise.algo;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.data.Dataset;

/**
 * One JSON fixture written by a script in {@code tools/reference/} from scikit-learn 1.2.1: the
 * data that was fitted ({@code x}, {@code y}, optional {@code classes}) and whatever the script
 * recorded of the fit (coefficients, predictions, probabilities), read by key. The one loader
 * every engine test uses, so a fixture's format is the same across families.
 *
 * <p>Loaded from the test resources beside the calling test's class:
 * {@code SklearnFixture.load(KnnEngineTest.class, "iris_k5")} reads
 * {@code org/stepwise/algo/neighbors/iris_k5.json}.
 */
public final class SklearnFixture {

    private final String name;
    private final Map<String, Object> json;

    private SklearnFixture(String name, Map<String, Object> json) {
        this.name = name;
        this.json = json;
    }

    /** Reads {@code <name>.json} from {@code near}'s package; names the script to run when it is missing. */
    public static SklearnFixture load(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name + ".json beside " + near.getSimpleName()
                        + "; run the script in tools/reference/ that writes it");
            }
            return new SklearnFixture(name, JSON.std.mapFrom(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() { return name; }

    public boolean has(String key) { return json.containsKey(key); }

    /** Whether the key is there with the value null (Python's None: a setting left at "no limit", say). */
    public boolean isNull(String key) { return json.containsKey(key) && json.get(key) == null; }

    public double number(String key) { return ((Number) require(key)).doubleValue(); }

    public String text(String key) { return (String) require(key); }

    /** A value that is a word or a number (scikit-learn's gamma: "scale" or 0.5), as text. */
    public String word(String key) {
        Object value = require(key);
        return value instanceof Number n ? Double.toString(n.doubleValue()) : (String) value;
    }

    public boolean bool(String key) { return (Boolean) require(key); }

    public double[] vector(String key) { return toVector(require(key)); }

    public int[] integers(String key) {
        return ((List<?>) require(key)).stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }

    public double[][] matrix(String key) {
        return ((List<?>) require(key)).stream().map(SklearnFixture::toVector).toArray(double[][]::new);
    }

    /** A list of matrices (one per layer of a network, say). */
    public double[][][] matrices(String key) {
        return ((List<?>) require(key)).stream()
                .map(m -> ((List<?>) m).stream().map(SklearnFixture::toVector).toArray(double[][]::new))
                .toArray(double[][][]::new);
    }

    @Override
    public String toString() { return name; }

    /**
     * An MLP's weights as the neural module lays them out, from {@code coefs_<when>} (one matrix a
     * layer, inputs × outputs) and {@code intercepts_<when>}: layer after layer, W row-major, then b.
     */
    public double[] mlpParameters(String when) {
        double[][][] coefs = matrices("coefs_" + when);
        double[][] intercepts = matrix("intercepts_" + when);
        List<Double> all = new ArrayList<>();
        for (int l = 0; l < coefs.length; l++) {
            for (double[] row : coefs[l]) {
                for (double w : row) {
                    all.add(w);
                }
            }
            for (double b : intercepts[l]) {
                all.add(b);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * An MLP fixture's classes on the plane: rows {@code x}, labels {@code labels} named "class 0",
     * "class 1", ..., columns x1 and x2.
     */
    public Dataset mlpClasses() {
        int[] labels = integers("labels");
        int classes = (int) java.util.Arrays.stream(labels).distinct().count();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add("class " + k);
        }
        return Dataset.classification(name, matrix("x"), labels, List.of("x1", "x2"), names);
    }

    /** An MLP fixture's hidden layer sizes as the {@code hidden} parameter spells them ("4,2"). */
    public String mlpHiddenLayout() {
        return String.join(",", java.util.Arrays.stream(integers("hidden")).mapToObj(Integer::toString).toList());
    }

    /** A nested object of the fixture (one fit among several), read the same way. */
    @SuppressWarnings("unchecked")
    public SklearnFixture part(String key) {
        return new SklearnFixture(name + "." + key, (Map<String, Object>) require(key));
    }

    /** The fits of a fixture that holds several: {@code fit0 .. fit<fit_count - 1>}, in order. */
    public List<SklearnFixture> fits() {
        List<SklearnFixture> fits = new ArrayList<>();
        for (int i = 0; i < (int) number("fit_count"); i++) {
            fits.add(part("fit" + i));
        }
        return fits;
    }

    /** A list of nested objects (one per step of a run, say), each read as {@link #part} reads one. */
    @SuppressWarnings("unchecked")
    public List<SklearnFixture> parts(String key) {
        List<SklearnFixture> parts = new ArrayList<>();
        for (Object part : (List<?>) require(key)) {
            parts.add(new SklearnFixture(name + "." + key + "[" + parts.size() + "]", (Map<String, Object>) part));
        }
        return parts;
    }

    /**
     * The fitted data as a {@link Dataset}: {@code x} with {@code y} as class labels when the
     * fixture lists {@code classes}, else as a real target. Features are named x1, x2, ...
     * unless the fixture lists {@code features}.
     */
    @SuppressWarnings("unchecked")
    public Dataset dataset() {
        double[][] x = matrix("x");
        List<String> features = new ArrayList<>();
        if (has("features")) {
            features.addAll((List<String>) json.get("features"));
        } else {
            for (int j = 0; j < x[0].length; j++) {
                features.add("x" + (j + 1));
            }
        }
        if (has("classes")) {
            return Dataset.classification(name, x, integers("y"), features, (List<String>) json.get("classes"));
        }
        return Dataset.regression(name, x, vector("y"), features, "y");
    }

    private Object require(String key) {
        Object value = json.get(key);
        if (value == null) {
            throw new IllegalStateException("fixture " + name + " has no '" + key + "'");
        }
        return value;
    }

    private static double[] toVector(Object values) {
        return ((List<?>) values).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }
}
