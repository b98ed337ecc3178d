package org.stepwise.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns metric values ({@code Double}, {@code double[]}, {@code double[][]}) into what a JSON
 * writer takes: lists instead of arrays, and null for NaN and infinities, which JSON cannot hold.
 */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /** A metrics map with every value JSON-ready, in the same order. */
    static Map<String, Object> metrics(Map<String, Object> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((name, value) -> json.put(name, convert(value)));
        return json;
    }

    static List<Double> list(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(finiteOrNull(value));
        }
        return list;
    }

    private static Object convert(Object value) {
        if (value instanceof Double number) {
            return finiteOrNull(number);
        }
        if (value instanceof double[] vector) {
            return list(vector);
        }
        if (value instanceof double[][] matrix) {
            List<List<Double>> rows = new ArrayList<>(matrix.length);
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
