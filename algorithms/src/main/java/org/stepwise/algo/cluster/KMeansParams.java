package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The k-means parameters, named and defaulted as scikit-learn 1.2.1's {@code KMeans}
 * ({@code n_clusters=8} aside: the lesson starts at 3, the blobs it draws) and, for
 * {@code algorithm=minibatch}, {@code MiniBatchKMeans}'s {@code batch_size}; and the checks of
 * the data.
 */
final class KMeansParams {

    static final String LLOYD = "lloyd";
    static final String MINIBATCH = "minibatch";

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nClusters", 3).between(1, 100).label("Clusters k")
                    .help("how many centroids; at most the number of points"),
            ParamSpec.choice("init", KMeansInit.PLUS_PLUS,
                            List.of(KMeansInit.PLUS_PLUS, KMeansInit.RANDOM, KMeansInit.FIRST))
                    .optionLabels("k-means++ (D² sampling)", "Random rows", "First k rows")
                    .help("k-means++: each next centre drawn with probability ∝ D², its squared distance to the "
                            + "nearest centre so far; random: k rows at random; first: rows 1..k"),
            ParamSpec.choice("algorithm", LLOYD, List.of(LLOYD, MINIBATCH))
                    .optionLabels("Lloyd (every point)", "Mini-batch")
                    .help("lloyd: assign every point, then move every centroid to its points' mean; minibatch: "
                            + "a random batch each step, each centroid nudged by 1/count toward its batch points"),
            ParamSpec.integer("batchSize", 100).between(1, 100_000).label("Batch size")
                    .help("points drawn (with replacement) per mini-batch step (scikit-learn's default is 1024)")
                    .appliesWhen(v -> v.choice("algorithm").equals(MINIBATCH), "Only for the mini-batch algorithm"),
            ParamSpec.integer("maxIter", 300).between(1, 10_000).label("Max iterations")
                    .help("lloyd: at most this many assign-and-move iterations; minibatch: at most "
                            + "maxIter · n / batchSize batches")
                    .group("Stopping"),
            ParamSpec.real("tol", 1e-4).between(0, 1).label("Tolerance")
                    .help("converged when no point changes cluster, or when the centroids move less than "
                            + "Σ‖Δc‖² ≤ tol · (mean of the features' variances), scikit-learn's rule")
                    .group("Stopping"));

    private KMeansParams() {
    }

    /** k, once checked against the data: at most the number of points, as scikit-learn requires. */
    static int nClusters(Params params, Dataset data) {
        int k = params.integer("nClusters");
        if (k > data.size()) {
            throw new IllegalArgumentException("The number of clusters k (nClusters) must be at most the number of "
                    + "points (" + data.size() + "); got " + k + ".");
        }
        return k;
    }

    /** Refuses an empty data set, and one of a single column: the lesson (named in the sentence) draws a plane of two features. */
    static void requirePlane(Dataset data, String lesson) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        if (data.featureCount() < 2) {
            throw new IllegalArgumentException(lesson + " here draws its clusters on a plane of two features, and the "
                    + "data has one column ('" + data.featureNames().get(0) + "'): choose two columns or more "
                    + "(the Data tab, or --features), or a data set such as blobs or iris.");
        }
    }

    static boolean miniBatch(Params params) {
        return params.choice("algorithm").equals(MINIBATCH);
    }
}
