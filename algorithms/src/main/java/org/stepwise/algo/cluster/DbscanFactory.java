package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.neighbors.NeighborMetric;
import org.stepwise.data.Dataset;

/**
 * DBSCAN, as scikit-learn's {@code DBSCAN(eps, min_samples, metric).fit(X)} (see
 * {@link DbscanEngine}): the class labels of a data set, if any, are not used. {@code eps}
 * defaults to 0.2, not scikit-learn's 0.5, which on the two moons of the default data joins
 * the moons into one cluster; the k-distance plot beside the lesson shows where to set it on
 * other data.
 */
public final class DbscanFactory implements EngineFactory<DbscanSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.real("eps", 0.2).greaterThan(0).atMost(1e6).logScale().label("Radius ε (eps)")
                    .help("two points are neighbours when their distance is at most eps (scikit-learn's default is "
                            + "0.5); the k-distance plot's bend is a good value"),
            ParamSpec.integer("minSamples", 5).between(1, 1000).label("Core: min. points")
                    .help("a core point has at least this many points within eps, itself included"),
            ParamSpec.choice("metric", NeighborMetric.EUCLIDEAN, List.of(NeighborMetric.EUCLIDEAN,
                            NeighborMetric.MANHATTAN))
                    .optionLabels("Euclidean (a circle)", "Manhattan (a diamond)")
                    .help("how distance is measured: the ε-neighbourhood is a circle or a diamond"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<DbscanSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        double eps = params.real("eps");
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be greater than 0 (a radius); got " + eps + ".");
        }
        int minSamples = params.integer("minSamples");
        String metricName = params.choice("metric");
        NeighborMetric metric = NeighborMetric.of(metricName, 2);
        int n = data.size();
        int d = data.featureCount();
        double[] x = data.featuresRowMajor();
        RadiusNeighborhoods hoods = RadiusNeighborhoods.of(x, n, d, eps, metric);
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            core[i] = hoods.size(i) >= minSamples;
        }
        return new DbscanEngine(new DbscanEngine.Neighbourhood(hoods, core, eps, minSamples, metricName, x, d,
                data.featureNames()));
    }
}
