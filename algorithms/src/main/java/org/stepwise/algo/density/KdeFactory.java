package org.stepwise.algo.density;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * A kernel density estimate built one kernel per step, then swept over bandwidths (see
 * {@link KdeEngine}). The parameters are scikit-learn's {@code KernelDensity(kernel, bandwidth)};
 * {@code dimensions} 1 estimates the density of the data's first feature alone (drawn along a
 * line), 2 that of every feature given (the plane's two in the lesson; any number, as
 * scikit-learn takes, on the command line with {@code --features}).
 * A bandwidth of 0, below 0 or not a number is refused by the parameter, by name.
 */
public final class KdeFactory implements EngineFactory<KdeSnapshot> {

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.choice("kernel", "gaussian", DensityKernel.NAMES)
                    .optionLabels("Gaussian", "Epanechnikov", "Top hat", "Exponential", "Linear", "Cosine")
                    .help("the shape of the bump put on every point"),
            ParamSpec.choice("bandwidth", "scott", List.of("scott", "silverman")).orNumberAbove(0)
                    .optionLabels("Scott's rule", "Silverman's rule")
                    .help("the kernel's width h: a number above 0, or scikit-learn's rule of n and d (no σ factor)"),
            ParamSpec.integer("dimensions", 1).between(1, 2).label("Dimensions")
                    .help("1: the density of the first feature alone, along a line; 2: of every feature given (the plane's two)"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<KdeSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        int rows = data.size() - data.heldOutCount();
        if (rows < 2) {
            throw new IllegalArgumentException("A kernel density estimate needs at least two points (to compare "
                    + "bandwidths by leaving one out); the data has " + rows + ".");
        }
        int d = params.integer("dimensions") == 1 ? 1 : data.featureCount();
        double[] points = new double[rows * d];
        for (int i = 0, r = 0; i < data.size(); i++) {
            if (data.isHeldOut(i)) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                double v = data.feature(i, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Point " + (i + 1) + " has a missing or infinite value in '"
                            + data.featureNames().get(j) + "'; a density needs every coordinate.");
                }
                points[r * d + j] = v;
            }
            r++;
        }
        DensityKernel kernel = DensityKernel.of(params.choice("kernel"));
        double h = BandwidthRule.resolve(params.choice("bandwidth"), rows, d);
        if (Double.isNaN(kernel.logNormalisation(h, d))) {
            throw new IllegalArgumentException("scikit-learn's cosine kernel has no valid normalisation in " + d
                    + " dimensions (its chain-rule norm comes out negative); pick another kernel or fewer features.");
        }
        return new KdeEngine(points, rows, d, kernel, h, params.choice("bandwidth"));
    }
}
