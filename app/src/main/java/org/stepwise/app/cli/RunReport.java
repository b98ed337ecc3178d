package org.stepwise.app.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.stepwise.algo.HeldOutScores;
import org.stepwise.algo.Params;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Snapshot;
import org.stepwise.data.Dataset;

/**
 * What {@code run} prints about a finished run. The JSON shape is a public interface
 * (DESIGN.md): {@code {"lesson", "dataset", "features", "standardize", "test_size", "seed", "steps",
 * "status", "metrics": {...}}}, where {@code dataset} is the data set's name or null, {@code features} the
 * names of the columns trained on as the data set names them (null without data),
 * {@code standardize} whether the engine got them standardized ({@code --standardize}),
 * {@code test_size} the share of rows held out ({@code --test-size}, 0 for none; their scores
 * {@code test_accuracy} or {@code test_r2} are then among the metrics),
 * {@code steps} the snapshot's step count,
 * {@code status} {@code CONVERGED}, {@code CONTINUE} or {@code STOPPED: reason}, and each metric
 * a number, an array or an array of arrays, with null for NaN and infinities.
 *
 * @param data     null for lessons without data; before standardization
 * @param heldOut  the scores of the held-out rows ({@link HeldOutScores}), after the snapshot's metrics
 * @param chosen   the parameters the data chose ({@code solver=newton}) and why ({@link Params#why}), for the text
 */
record RunReport(String lessonId, Dataset data, boolean standardize, double testSize, long seed, Snapshot snapshot,
                 Map<String, Object> heldOut, Map<String, String> chosen) {

    /** A report of a run without held-out rows. */
    RunReport(String lessonId, Dataset data, boolean standardize, long seed, Snapshot snapshot) {
        this(lessonId, data, standardize, 0, seed, snapshot, Map.of(), Map.of());
    }

    /**
     * The report of {@code snapshot}, a run of {@code setup}: with the held-out rows' score when
     * some rows were held out and the snapshot predicts.
     */
    static RunReport of(RunSetup setup, Snapshot snapshot) {
        Map<String, Object> heldOut = new LinkedHashMap<>();
        Dataset shown = setup.shownData();
        if (shown != null && shown.heldOutCount() > 0 && snapshot instanceof Predictor model) {
            heldOut.put(HeldOutScores.metricOf(shown), HeldOutScores.score(model, shown.heldOut()));
            double loss = HeldOutScores.loss(model, shown.heldOut());
            if (!Double.isNaN(loss)) {
                heldOut.put(HeldOutScores.TEST_LOSS, loss);
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        setup.params().asText().forEach((name, value) -> {
            String why = setup.params().why(name);
            if (!why.isEmpty()) {
                chosen.put(name + "=" + value, why);
            }
        });
        return new RunReport(setup.lesson().info().id(), setup.data(), setup.standardize(), setup.testSize(),
                setup.seed(), snapshot, heldOut, chosen);
    }

    /** The snapshot's metrics, then the held-out rows' scores. */
    private Map<String, Object> metrics() {
        Map<String, Object> all = new LinkedHashMap<>(snapshot.metrics().values());
        all.putAll(heldOut);
        return all;
    }

    private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    String json() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lesson", lessonId);
        json.put("dataset", data == null ? null : data.name());
        json.put("features", FeatureChoice.names(data));
        json.put("standardize", standardize);
        json.put("test_size", testSize);
        json.put("seed", seed);
        json.put("steps", snapshot.step());
        json.put("status", snapshot.status().toString());
        json.put("metrics", JsonNumbers.metrics(metrics()));
        return WRITER.asString(json);
    }

    /** The same facts for people: one per line, metrics indented. */
    String text() {
        StringBuilder text = new StringBuilder();
        line(text, "Lesson", lessonId);
        line(text, "Data", data == null ? "none" : data + (standardize ? ", standardized" : ""));
        if (testSize > 0) {
            line(text, "Held out", data.heldOutCount() + " rows (test size " + testSize + "), never trained on");
        }
        chosen.forEach((setting, why) -> line(text, "Default", setting + ": " + why));
        line(text, "Seed", Long.toString(seed));
        line(text, "Steps", Integer.toString(snapshot.step()));
        line(text, "Status", snapshot.status().toString());
        if (!snapshot.narration().isEmpty()) {
            line(text, "Last step", snapshot.narration());
        }
        Map<String, Object> metrics = metrics();
        text.append("Metrics").append(metrics.isEmpty() ? ": none" : "").append(System.lineSeparator());
        int width = metrics.keySet().stream().mapToInt(String::length).max().orElse(0);
        metrics.forEach((name, value) -> text.append("  ").append(name).append(" ".repeat(width - name.length() + 2))
                .append(readable(value)).append(System.lineSeparator()));
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-10s", label)).append(value).append(System.lineSeparator());
    }

    private static String readable(Object value) {
        if (value instanceof Double number) {
            return readable(number.doubleValue());
        }
        if (value instanceof double[] vector) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < vector.length; i++) {
                text.append(i == 0 ? "" : ", ").append(readable(vector[i]));
            }
            return text.append(']').toString();
        }
        if (value instanceof double[][] matrix) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < matrix.length; i++) {
                text.append(i == 0 ? "" : ", ").append(readable(matrix[i]));
            }
            return text.append(']').toString();
        }
        return String.valueOf(value);
    }

    /** Six significant digits, without trailing zeros: enough to read, short enough to scan. */
    private static String readable(double number) {
        if (!Double.isFinite(number)) {
            return Double.toString(number);
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        String text = String.format(Locale.ROOT, "%.6g", number);
        if (text.contains("e")) {
            return text.replaceAll("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }
}
