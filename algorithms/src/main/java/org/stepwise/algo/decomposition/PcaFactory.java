package org.stepwise.algo.decomposition;

import java.util.List;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * Principal component analysis, one component per step, as scikit-learn 1.2.1's
 * {@code PCA(n_components, whiten, svd_solver="full").fit(X)} (see {@link PcaEngine}). The data is
 * centred, never scaled: scaling is the data picker's standardize (StandardScaler). Targets are
 * not used; classes, where the data has them, only colour the projection.
 */
public final class PcaFactory implements EngineFactory<PcaSnapshot> {

    /** {@code nComponents=0} stands for scikit-learn's {@code n_components=None}: min(n, p). */
    public static final int ALL = 0;

    private static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nComponents", ALL).between(0, 1000).label("Components (0: all)")
                    .help("how many components to find; 0 finds all min(rows, columns) of them, as PCA() does"),
            ParamSpec.flag("whiten", false).label("Whiten")
                    .help("divide each projected coordinate by the square root of its explained variance, so each"
                            + " has variance 1; the components themselves do not change"));

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.UNLABELLED; }

    @Override
    public Engine<PcaSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        requireShape(data);
        int n = data.size();
        int p = data.featureCount();
        int asked = params.integer("nComponents");
        int most = Math.min(n, p);
        if (asked > most) {
            throw new IllegalArgumentException("The number of components (nComponents) must be at most min(rows,"
                    + " columns) = min(" + n + ", " + p + ") = " + most + "; got " + asked + ".");
        }
        PcaFit fit = new PcaFit(data.featuresRowMajor(), n, p);
        return new PcaEngine(fit, asked == ALL ? most : asked, params.flag("whiten"), data.featureNames());
    }

    /**
     * Refuses data PCA cannot rotate: fewer than two rows (no variance) or one column (a single
     * direction, nothing to choose).
     */
    static void requireShape(Dataset data) {
        if (data.featureCount() < 2) {
            throw new IllegalArgumentException("PCA needs at least two columns to find directions among, and "
                    + data.name() + " has one ('" + data.featureNames().get(0) + "'): the panel shows no projection;"
                    + " choose two or more columns (--features all).");
        }
        if (data.size() < 2) {
            throw new IllegalArgumentException("PCA needs at least two rows to measure variance; "
                    + data.name() + " has " + data.size() + ".");
        }
    }
}
