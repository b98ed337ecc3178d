package org.stepwise.algo.linear;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.data.Dataset;

/**
 * A scikit-learn reference fit written by tools/reference/logistic_regression.py: the
 * standardised data, the optimum found by newton-cg ({@code coef}, {@code intercept}) and the
 * default lbfgs solver's answer, which stops {@code lbfgsGap} short of that optimum.
 */
record ReferenceFixture(Dataset data, double c, double[][] coef, double[] intercept, double accuracy,
                        double[][] lbfgsCoef, double[] lbfgsIntercept, double lbfgsGap) {

    @SuppressWarnings("unchecked")
    static ReferenceFixture load(String name) {
        try (InputStream in = ReferenceFixture.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name + ".json; run tools/reference/logistic_regression.py");
            }
            Map<String, Object> json = JSON.std.mapFrom(in);
            double[][] x = matrix((List<Object>) json.get("x"));
            List<Object> y = (List<Object>) json.get("y");
            int[] labels = y.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
            List<String> featureNames = new ArrayList<>();
            for (int j = 0; j < x[0].length; j++) {
                featureNames.add("x" + (j + 1));
            }
            Dataset data = Dataset.classification(name, x, labels, featureNames, (List<String>) json.get("classes"));
            Map<String, Object> lbfgs = (Map<String, Object>) json.get("lbfgs");
            return new ReferenceFixture(data, number(json, "C"),
                    matrix((List<Object>) json.get("coef")), vector((List<Object>) json.get("intercept")),
                    number(json, "accuracy"),
                    matrix((List<Object>) lbfgs.get("coef")), vector((List<Object>) lbfgs.get("intercept")),
                    number(lbfgs, "max_abs_difference_from_newton_cg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double[][] matrix(List<Object> rows) {
        return rows.stream().map(row -> vector((List<Object>) row)).toArray(double[][]::new);
    }

    private static double[] vector(List<Object> values) {
        return values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }
}
