package org.stepwise.algo.neighbors;

import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The parameters both k-nearest-neighbours factories declare, named and defaulted as
 * scikit-learn's {@code KNeighborsClassifier} and {@code KNeighborsRegressor}
 * ({@code n_neighbors=5, weights='uniform', metric='minkowski', p=2}), and the checks of the data
 * they share.
 */
final class KnnParams {

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nNeighbors", 5).between(1, 1000).label("Neighbours k")
                    .help("how many nearest training points vote for each query"),
            ParamSpec.choice("weights", "uniform", List.of("uniform", "distance"))
                    .optionLabels("Uniform", "By distance (1/d)")
                    .help("uniform: one vote each; distance: votes weighted 1/d (a point at distance 0 takes all)"),
            ParamSpec.choice("metric", NeighborMetric.MINKOWSKI, List.of(NeighborMetric.EUCLIDEAN,
                            NeighborMetric.MANHATTAN, NeighborMetric.MINKOWSKI, NeighborMetric.CHEBYSHEV))
                    .optionLabels("Euclidean", "Manhattan", "Minkowski (exponent p)", "Chebyshev")
                    .help("how distance is measured; minkowski with p = 2 is euclidean, p = 1 manhattan"),
            ParamSpec.real("p", 2.0).between(1, 50).label("Minkowski p")
                    .help("the exponent of the minkowski distance (Σ|aⱼ − bⱼ|ᵖ)^(1/p); other metrics ignore it")
                    .appliesWhen(v -> v.choice("metric").equals(NeighborMetric.MINKOWSKI),
                            "Only for the Minkowski distance"));

    private KnnParams() {
    }

    static NeighborMetric metric(Params params) {
        return NeighborMetric.of(params.choice("metric"), params.real("p"));
    }

    static boolean distanceWeights(Params params) {
        return params.choice("weights").equals("distance");
    }

    /** k, once checked against the data: at most the number of points, as scikit-learn requires. */
    static int nNeighbors(Params params, Dataset data) {
        int k = params.integer("nNeighbors");
        if (k > data.size()) {
            throw new IllegalArgumentException("The number of neighbours k (nNeighbors) must be at most the number "
                    + "of points (" + data.size() + "); got " + k + ".");
        }
        return k;
    }

    /** Refuses an empty data set. */
    static void requirePoints(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
    }
}
