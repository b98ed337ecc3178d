package org.stepwise.algo.linear;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.data.Dataset;

/** A scikit-learn reference fit written by tools/reference/logistic_regression.py. */
record ReferenceFixture(Dataset data, double c, double[][] coef, double[] intercept, double accuracy) {

    @SuppressWarnings("unchecked")
    static ReferenceFixture load(String name) {
        try (InputStream in = ReferenceFixture.class.getResourceAsStream(name + ".json")) {
            Map<String, Object> json = JSON.std.mapFrom(in);
            double[][] x = matrix((List<Object>) json.get("x"));
            List<Object> y = (List<Object>) json.get("y");
            int[] labels = y.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
            List<String> featureNames = new ArrayList<>();
            for (int j = 0; j < x[0].length; j++) {
                featureNames.add("x" + (j + 1));
            }
            Dataset data = Dataset.classification(name, x, labels, featureNames, (List<String>) json.get("classes"));
            return new ReferenceFixture(data, ((Number) json.get("C")).doubleValue(),
                    matrix((List<Object>) json.get("coef")), vector((List<Object>) json.get("intercept")),
                    ((Number) json.get("accuracy")).doubleValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static double[][] matrix(List<Object> rows) {
        return rows.stream().map(row -> vector((List<Object>) row)).toArray(double[][]::new);
    }

    private static double[] vector(List<Object> values) {
        return values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }
}
