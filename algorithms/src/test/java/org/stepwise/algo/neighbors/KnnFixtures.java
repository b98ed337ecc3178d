package org.stepwise.algo.neighbors;

import java.util.List;
import java.util.stream.Stream;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.data.Dataset;

/** The fits of tools/reference/knn.py: one fixture file per data set, fit0 .. fitN inside. */
final class KnnFixtures {

    static final List<String> CLASSIFIERS = List.of("knn_blobs3", "knn_moons", "knn_iris_jittered");
    static final List<String> REGRESSORS = List.of("knn_regression_sine", "knn_regression_diabetes");

    /** One fitted setting of one data set. */
    record Fit(SklearnFixture data, SklearnFixture fit) {
        Dataset dataset() { return data.dataset(); }

        /** The fit's settings as the engine's parameters (the names scikit-learn's, in camelCase). */
        Params params(Params defaults) {
            return defaults.with("nNeighbors", (int) fit.number("n_neighbors")).with("weights", fit.text("weights"))
                    .with("metric", fit.text("metric")).with("p", fit.number("p"));
        }

        @Override
        public String toString() { return data.name() + ": " + fit.text("call"); }
    }

    private KnnFixtures() {
    }

    static SklearnFixture load(String name) { return SklearnFixture.load(KnnFixtures.class, name); }

    static Stream<Fit> fits(List<String> names) {
        return names.stream().map(KnnFixtures::load).flatMap(data -> data.fits().stream().map(fit -> new Fit(data, fit)));
    }

    static Stream<Fit> classifierFits() { return fits(CLASSIFIERS); }

    static Stream<Fit> regressorFits() { return fits(REGRESSORS); }

    /** Row-major copy of a matrix. */
    static double[] rowMajor(double[][] rows) {
        int d = rows[0].length;
        double[] out = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * d, d);
        }
        return out;
    }
}
