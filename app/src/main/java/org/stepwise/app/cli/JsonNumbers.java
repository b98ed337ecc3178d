package org.stepwise.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns metric values into what a JSON writer takes: lists instead of arrays, and null for
 * NaN and infinities, which JSON cannot hold.
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    public static List<Double> list(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(finiteOrNull(value));
        }
        return list;
    }

    /** A metrics map with every value JSON-ready. */
    public static Map<String, Object> metrics(Map<String, Object> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((name, value) -> json.put(name, convert(value)));
        return json;
    }

    private static Object convert(Object value) {
        if (value instanceof Double d) {
            return finiteOrNull(d);
        }
        if (value instanceof double[] vector) {
            return list(vector);
        }
        if (value instanceof double[][] matrix) {
            List<List<Double>> rows = new ArrayList<>();
            for (double[] row : matrix) {
                rows.add(list(row));
            }
            return rows;
        }
        return value;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
