package org.stepwise.algo.manifold;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.decomposition.PcaFit;
import org.stepwise.data.Dataset;

/**
 * t-SNE into two dimensions, as scikit-learn 1.2.1's {@code TSNE(n_components=2, perplexity,
 * early_exaggeration, learning_rate, n_iter, method, angle, init)} (see {@link TsneEngine}): the
 * data as given (no scaling), Euclidean distances. Classes, where the data has them, only colour
 * the points.
 */
public final class TsneFactory implements EngineFactory<TsneSnapshot> {

    /** The exact method keeps n × n probabilities: above this many points it would need too much memory. */
    public static final int EXACT_LIMIT = 2000;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.real("perplexity", 30).greaterThan(0).atMost(1000).label("Perplexity")
                    .help("about how many neighbours each point's Gaussian covers in the original space;"
                            + " must be less than the number of points"),
            ParamSpec.real("earlyExaggeration", 12).atLeast(1).atMost(100).label("Early exaggeration")
                    .help("P is multiplied by this for the first 250 iterations, so that clusters form tight and far apart"),
            ParamSpec.choice("learningRate", "auto", List.of("auto")).orNumberAbove(0).label("Learning rate")
                    .help("step size; auto is max(n / early exaggeration / 4, 50), as scikit-learn 1.2"),
            ParamSpec.integer("nIter", 1000).between(250, 100_000).label("Iterations (nIter)")
                    .help("the most iterations, the 250 of early exaggeration included"),
            ParamSpec.choice("method", "barnes_hut", List.of("barnes_hut", "exact")).label("Method")
                    .help("barnes_hut: P over 3·perplexity neighbours, repulsion through a quadtree, O(n log n);"
                            + " exact: every pair, O(n²)"),
            ParamSpec.real("angle", 0.5).between(0, 1).label("Angle (θ)")
                    .help("Barnes–Hut summarizes a cell whose width seen from a point is below this; 0 is exact")
                    .appliesWhen(p -> "barnes_hut".equals(p.choice("method")), "only Barnes–Hut approximates"),
            ParamSpec.choice("init", "pca", List.of("pca", "random")).label("Initial embedding")
                    .help("pca: the first two principal components scaled to standard deviation 1e-4;"
                            + " random: Gaussian with standard deviation 1e-4"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<TsneSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int n = data.size();
        int p = data.featureCount();
        double perplexity = params.real("perplexity");
        if (perplexity >= n) {
            throw new IllegalArgumentException("The perplexity (" + format(perplexity) + ") must be less than the"
                    + " number of points (" + n + "): each point cannot have more neighbours than there are other points.");
        }
        boolean exact = "exact".equals(params.choice("method"));
        if (exact && n > EXACT_LIMIT) {
            throw new IllegalArgumentException("The exact method keeps a probability for every pair of points and is"
                    + " limited to " + EXACT_LIMIT + " points; " + data.name() + " has " + n + ": use method=barnes_hut.");
        }
        double[] x = data.featuresRowMajor();
        double[] initial = "pca".equals(params.choice("init")) ? pcaStart(data, x, n, p)
                : randomStart(n, Randomness.generator(seed));
        double[] betas = new double[n];
        int k = TsneAffinities.neighbourCount(n, perplexity);
        int[] neighbours = TsneAffinities.nearestNeighbours(x, n, p, k);
        KlObjective objective;
        if (exact) {
            objective = new ExactKl(TsneAffinities.jointExact(x, n, p, perplexity, betas), n);
        } else {
            objective = new BarnesHutKl(TsneAffinities.jointNeighbours(x, n, p, neighbours, k, perplexity, betas),
                    params.real("angle"));
        }
        double exaggeration = params.real("earlyExaggeration");
        String rate = params.choice("learningRate");
        double learningRate = "auto".equals(rate) ? TsneSchedule.autoLearningRate(n, exaggeration) : Double.parseDouble(rate);
        TsneSchedule schedule = new TsneSchedule(exaggeration, learningRate, params.integer("nIter"));
        return new TsneEngine(objective, schedule, new TsneInput(x, n, p, betas, neighbours, k),
                data.isClassification() ? data.labels() : null, initial);
    }

    /** 1e-4 × a standard normal draw per coordinate ({@code init="random"}). */
    static double[] randomStart(int n, RandomGenerator random) {
        double[] y = new double[2 * n];
        for (int c = 0; c < y.length; c++) {
            y[c] = 1e-4 * random.nextGaussian();
        }
        return y;
    }

    /**
     * {@code init="pca"}: the scores on the first two principal components (rounded to float32, as
     * scikit-learn does), divided by the first one's standard deviation and multiplied by 1e-4.
     */
    private static double[] pcaStart(Dataset data, double[] x, int n, int p) {
        if (p < 2) {
            throw new IllegalArgumentException("A PCA start needs two components and " + data.name()
                    + " has one column; use init=random.");
        }
        PcaFit pca = new PcaFit(x, n, p);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (float) pca.score(i, 0);
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double d = (float) pca.score(i, 0) - mean;
            variance += d * d;
        }
        double std = Math.sqrt(variance / n);
        if (!pca.decomposed() || !(std > 0)) {
            throw new IllegalArgumentException("Every point of " + data.name() + " is the same: there is nothing"
                    + " to embed.");
        }
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = (float) pca.score(i, 0) / std * 1e-4;
            y[2 * i + 1] = (pca.rank() > 1 ? (float) pca.score(i, 1) : 0) / std * 1e-4;
        }
        return y;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
