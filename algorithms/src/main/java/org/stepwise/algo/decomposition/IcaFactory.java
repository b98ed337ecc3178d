package org.stepwise.algo.decomposition;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * Independent component analysis by FastICA, one fixed-point iteration per step, as scikit-learn
 * 1.2.1's {@code FastICA(n_components, algorithm, whiten="unit-variance", fun, max_iter, tol,
 * whiten_solver="svd")} (see {@link IcaEngine}). Every column of the data is a mixture; the data
 * is centred, never scaled. w_init is drawn from the run's seed, k × k standard normal numbers
 * (scikit-learn draws its own from {@code random_state}). Targets and classes are not used.
 */
public final class IcaFactory implements EngineFactory<IcaSnapshot> {

    /** {@code nComponents=0} stands for scikit-learn's {@code n_components=None}: min(n, p). */
    public static final int ALL = 0;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nComponents", ALL).between(0, 1000).label("Components (0: all)")
                    .help("how many independent sources to look for; 0 looks for as many as there are mixtures"
                            + " (columns)"),
            ParamSpec.choice("fun", "logcosh", IcaContrast.NAMES).label("Non-linearity g")
                    .help("the contrast whose derivative g drives the update: logcosh (tanh, robust), exp"
                            + " (for heavy-tailed sources) or cube (kurtosis, fast but outlier-prone)"),
            ParamSpec.choice("algorithm", "parallel", List.of("parallel", "deflation")).label("Algorithm")
                    .help("parallel updates every unit at once and decorrelates them symmetrically;"
                            + " deflation finds one unit after another, each kept orthogonal to those before"),
            ParamSpec.integer("maxIter", 200).between(1, 100_000).label("Max iterations")
                    .help("the most fixed-point iterations (of each unit, for deflation)"),
            ParamSpec.real("tol", 1e-4).between(1e-15, 1).logScale().label("Tolerance")
                    .help("the run stops when the largest | |wᵢ⁺·wᵢ| − 1 | falls below this"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<IcaSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int k = components(data, params);
        RandomGenerator random = Randomness.generator(seed);
        double[] wInit = new double[k * k];
        for (int i = 0; i < wInit.length; i++) {
            wInit[i] = random.nextGaussian();
        }
        return create(data, params, wInit);
    }

    /**
     * The engine from a given w_init (k × k row-major), as scikit-learn's {@code w_init}: the
     * fixture tests and the benchmark start both implementations from the same matrix.
     */
    public Engine<IcaSnapshot> create(Dataset data, Params params, double[] wInit) {
        requireFits(data, params);
        int k = components(data, params);
        if (wInit.length != k * k) {
            throw new IllegalArgumentException("w_init must hold k × k = " + k * k + " numbers, not " + wInit.length);
        }
        IcaSettings settings = new IcaSettings(IcaContrast.named(params.choice("fun")),
                "parallel".equals(params.choice("algorithm")), params.integer("maxIter"), params.real("tol"));
        IcaWhitening whitening = new IcaWhitening(data.featuresRowMajor(), data.size(), data.featureCount(), k);
        return new IcaEngine(whitening, settings, wInit);
    }

    /**
     * k: nComponents, or min(n, p) for 0. Refuses data with one column or one row, and more
     * components than mixtures (scikit-learn would quietly use fewer).
     */
    static int components(Dataset data, Params params) {
        int n = data.size();
        int p = data.featureCount();
        if (p < 2) {
            throw new IllegalArgumentException("ICA unmixes two or more mixtures (columns), and " + data.name()
                    + " has one: choose two or more columns (--features all).");
        }
        if (n < 2) {
            throw new IllegalArgumentException("ICA needs at least two rows to measure how the mixtures vary; "
                    + data.name() + " has " + n + ".");
        }
        int asked = params.integer("nComponents");
        int most = Math.min(n, p);
        if (asked > most) {
            throw new IllegalArgumentException("More components than mixtures: nComponents = " + asked
                    + ", but " + data.name() + " has " + p + " columns and " + n + " rows, so at most " + most
                    + " independent sources can be unmixed.");
        }
        return asked == ALL ? most : asked;
    }
}
