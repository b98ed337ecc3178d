package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Agglomerative (hierarchical) clustering, as scikit-learn's
 * {@code AgglomerativeClustering(n_clusters, linkage, distance_threshold, compute_distances=True)}
 * on Euclidean distances (see {@link HierarchicalEngine}); the class labels of a data set, if any,
 * are not used. scikit-learn's {@code None} is 0 here: exactly one of {@code nClusters} and
 * {@code distanceThreshold} is set (above 0), as scikit-learn requires. The whole tree is built
 * whichever is set; the cut only picks the labels.
 */
public final class HierarchicalFactory implements EngineFactory<HierarchicalSnapshot> {

    /** The most points a run takes: the distance matrix holds n² numbers (32 MB at 2,000). */
    public static final int MAX_POINTS = 2000;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("linkage", "ward", List.of("ward", "complete", "average", "single"))
                    .optionLabels("Ward (least rise in variance)", "Complete (farthest points)",
                            "Average (mean over pairs)", "Single (closest points)")
                    .help("how far apart two clusters are; the closest two merge at each step"),
            ParamSpec.integer("nClusters", 3).between(0, MAX_POINTS).label("Clusters (nClusters)")
                    .help("how many clusters the tree is cut into; 0 to cut at distanceThreshold instead"),
            ParamSpec.real("distanceThreshold", 0.0).between(0, 1e9).label("Cut height (distanceThreshold)")
                    .help("merges at or above this height are cut; 0 to cut into nClusters instead"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<HierarchicalSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int n = data.size();
        int nClusters = params.integer("nClusters");
        double threshold = params.real("distanceThreshold");
        if ((nClusters > 0) == (threshold > 0)) {
            throw new IllegalArgumentException("Set exactly one of nClusters and distanceThreshold (the other 0): "
                    + "got nClusters = " + nClusters + " and distanceThreshold = " + threshold + ".");
        }
        if (n < 2) {
            throw new IllegalArgumentException("Hierarchical clustering needs at least 2 points to merge; the data "
                    + "set has " + n + ".");
        }
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("Hierarchical clustering here takes at most " + MAX_POINTS
                    + " points (it keeps every pairwise distance); the data set has " + n + ".");
        }
        if (nClusters > n) {
            throw new IllegalArgumentException("nClusters must be between 1 and the number of points (" + n
                    + "); got " + nClusters + ".");
        }
        int d = data.featureCount();
        HierarchicalEngine.Tree tree = new HierarchicalEngine.Tree(data.featuresRowMajor(), n, d,
                data.featureNames(), Linkage.of(params.choice("linkage")), nClusters, threshold,
                new int[2 * (n - 1)], new double[n - 1], new int[n - 1]);
        return new HierarchicalEngine(tree);
    }
}
