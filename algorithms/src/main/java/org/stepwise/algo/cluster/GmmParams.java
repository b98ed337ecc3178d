package org.stepwise.algo.cluster;

import java.util.List;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * The Gaussian-mixture parameters, named and defaulted as scikit-learn 1.2.1's
 * {@code GaussianMixture} ({@code n_components=1} aside: the lesson starts at 3, the blobs it
 * draws), and the check of the data.
 */
final class GmmParams {

    static final String KMEANS = "kmeans";
    static final String RANDOM = "random";
    static final String FIRST = "first";

    static final List<ParamSpec<?>> PARAMS = List.of(
            ParamSpec.integer("nComponents", 3).between(1, 50).label("Components k")
                    .help("how many Gaussians; at most the number of points"),
            ParamSpec.choice("covarianceType", "full", CovarianceType.NAMES)
                    .optionLabels("Full (any ellipse)", "Tied (one shared ellipse)", "Diagonal (axis-aligned)",
                            "Spherical (circles)")
                    .help("the shape each component may take: full, one shared covariance (tied), "
                            + "a variance per feature (diag) or one variance (spherical)"),
            ParamSpec.choice("init", KMEANS, List.of(KMEANS, RANDOM, FIRST))
                    .optionLabels("k-means labels", "Random responsibilities", "Nearest of the first k rows")
                    .help("the first responsibilities, from which one M-step makes the first parameters: "
                            + "k-means' clusters, uniform random numbers normalized per point, or each point "
                            + "to the nearest of rows 1..k"),
            ParamSpec.real("regCovar", 1e-6).between(0, 10).label("Covariance regularization")
                    .help("added to every variance so no covariance is singular (a component on one point)"),
            ParamSpec.integer("maxIter", 100).between(1, 10_000).label("Max iterations")
                    .help("at most this many E- and M-step pairs").group("Stopping"),
            ParamSpec.real("tol", 1e-3).between(0, 1).label("Tolerance")
                    .help("converged when the mean log-likelihood changes by less than tol in an iteration, "
                            + "scikit-learn's rule").group("Stopping"));

    private GmmParams() {
    }

    /** k, once checked against the data: at most the number of points, as scikit-learn requires. */
    static int nComponents(Params params, Dataset data) {
        int k = params.integer("nComponents");
        if (k > data.size()) {
            throw new IllegalArgumentException("The number of components k (nComponents) must be at most the number "
                    + "of points (" + data.size() + "); got " + k + ".");
        }
        return k;
    }

    /** The sentence for a covariance that is not positive definite, naming the parameter that cures it. */
    static String singular(double regCovar) {
        return String.format(java.util.Locale.ROOT, "a component's covariance became singular (it holds too few "
                + "distinct points, or they lie on a line) with regCovar = %.3g: raise regCovar, or use fewer "
                + "components", regCovar);
    }
}
