package org.stepwise.algo.linear;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * Linear regression after some steps: copies of the coefficients of the polynomial columns and
 * the intercept, with the MSE, R² and gradient norm on the data fitted. Predicts from raw feature
 * rows without allocating (the polynomial terms are multiplied out on the fly), so a view can
 * sample the fitted curve every frame.
 *
 * <p>Metrics: {@code mse}, {@code r2}, {@code grad_norm}, {@code n_iter}, {@code intercept}
 * (scikit-learn's {@code intercept_}, a number for one target) and {@code coef} (its
 * {@code coef_}, one value per column of {@code PolynomialFeatures(degree, include_bias=False)},
 * in its order).
 */
public final class LinearRegressionSnapshot implements Snapshot, Predictor {

    private static final Scalars<LinearRegressionSnapshot> SCALARS = Scalars.<LinearRegressionSnapshot>builder()
            .scalar("mse", s -> s.mse)
            .scalar("r2", s -> s.r2)
            .scalar("grad_norm", s -> s.gradientNorm)
            .count("n_iter", s -> s.step)
            .scalar("intercept", s -> s.intercept)
            .build();

    private final int step;
    private final StepResult status;
    private final PolynomialTerms terms;
    private final List<String> termNames;
    private final boolean normal;
    private final double[] coef;
    private final double intercept;
    private final double[] previousCoef;
    private final double previousIntercept;
    private final double previousMse;
    private final double mse;
    private final double r2;
    private final double gradientNorm;
    private final int rank;
    private final MseBowl bowl;
    private final CoefficientPath.View path;

    LinearRegressionSnapshot(int step, StepResult status, PolynomialTerms terms, List<String> termNames, boolean normal,
                             double[] coef, double intercept, double[] previousCoef, double previousIntercept,
                             double previousMse, double mse, double r2, double gradientNorm, int rank, MseBowl bowl,
                             CoefficientPath.View path) {
        this.step = step;
        this.status = status;
        this.terms = terms;
        this.termNames = termNames;
        this.normal = normal;
        this.coef = coef.clone();
        this.intercept = intercept;
        this.previousCoef = previousCoef.clone();
        this.previousIntercept = previousIntercept;
        this.previousMse = previousMse;
        this.mse = mse;
        this.r2 = r2;
        this.gradientNorm = gradientNorm;
        this.rank = rank;
        this.bowl = bowl;
        this.path = path;
    }

    /**
     * The MSE over (β₀, β₁) for a straight line on one feature (degree 1); null for other models,
     * whose loss is not a surface of two coefficients.
     */
    public MseBowl bowl() { return bowl; }

    /** How many (β₀, β₁) the run has visited, from (0, 0) at step 0; 0 without a {@link #bowl()}. */
    public int pathLength() { return path == null ? 0 : path.length(); }

    /** The intercept after step {@code index} (0: the start). */
    public double pathIntercept(int index) { return path.intercept(java.util.Objects.checkIndex(index, pathLength())); }

    /** The slope after step {@code index} (0: the start). */
    public double pathSlope(int index) { return path.slope(java.util.Objects.checkIndex(index, pathLength())); }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /**
     * GD: "step 12: MSE 1.3204 → 1.2511, R² 0.873, ‖∇J‖ = 0.41; β₀ 0.812 → 0.846, β₁ 1.71 → 1.76".
     * Normal: "step 1: least squares by QR (rank 2 of 2): β₀ = 0.99, β₁ = 2.01; MSE 1.0200, R² 0.970".
     */
    @Override
    public String narration() {
        if (step == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (normal) {
            text.append(String.format(Locale.ROOT, "step %d: least squares by QR (rank %d of %d%s): β₀ = %.4g",
                    step, rank, coef.length, rank < coef.length ? ", dependent columns: the minimum-norm solution" : "",
                    intercept));
            for (int k = 0; k < Math.min(coef.length, 4); k++) {
                text.append(String.format(Locale.ROOT, ", β%s = %.4g", subscript(k + 1), coef[k]));
            }
            if (coef.length > 4) {
                text.append(", …");
            }
            return text.append(String.format(Locale.ROOT, "; MSE %.5g, R² %.4f", mse, r2)).toString();
        }
        text.append(String.format(Locale.ROOT, "step %d: MSE %.5g → %.5g, R² %.4f, ‖∇J‖ = %.3g; β₀ %.4g → %.4g",
                step, previousMse, mse, r2, gradientNorm, previousIntercept, intercept));
        for (int k = 0; k < Math.min(coef.length, 3); k++) {
            text.append(String.format(Locale.ROOT, ", β%s %.4g → %.4g", subscript(k + 1), previousCoef[k], coef[k]));
        }
        if (coef.length > 3) {
            text.append(", …");
        }
        return text.toString();
    }

    /** The solver: true for the one-step least-squares solution, false for gradient descent. */
    public boolean isNormal() { return normal; }

    /** How many input features the model takes (before the polynomial expansion). */
    public int inputFeatures() { return terms.inputFeatures(); }

    public int degree() { return terms.degree(); }

    /** Column names of the expanded features, as PolynomialFeatures' get_feature_names_out ("x", "x^2"). */
    public List<String> columnNames() { return termNames; }

    public double mse() { return mse; }

    public double r2() { return r2; }

    public double gradientNorm() { return gradientNorm; }

    /** The rank of the centred design found by the QR solve; −1 with gradient descent. */
    public int rank() { return rank; }

    public double[] coef() { return coef.clone(); }

    public double intercept() { return intercept; }

    /** Coefficient k (0-based, of the expanded columns), without copying. */
    public double coef(int k) { return coef[k]; }

    public int columnCount() { return coef.length; }

    /** The prediction for the raw row {@code x[offset .. offset + d)}. Allocates nothing. */
    @Override
    public double predict(double[] x, int offset) {
        double value = intercept;
        for (int k = 0; k < coef.length; k++) {
            value += coef[k] * terms.term(k, x, offset);
        }
        return value;
    }

    /**
     * The prediction for one input of a one-feature model: β₀ + β₁x + ... + β_d x^d by Horner's rule
     * (the expansion of one feature is x, x², ..., in that order).
     *
     * @throws IllegalStateException when the model takes more than one feature
     */
    public double predict(double x) {
        if (terms.inputFeatures() != 1) {
            throw new IllegalStateException("a model of " + terms.inputFeatures() + " features needs a row");
        }
        double value = 0;
        for (int k = coef.length - 1; k >= 0; k--) {
            value = (value + coef[k]) * x;
        }
        return value + intercept;
    }

    /**
     * What {@link #predict(double)} gave before this step (the model the step started from), for a
     * view that shows the step's change.
     *
     * @throws IllegalStateException when the model takes more than one feature
     */
    public double predictBefore(double x) {
        if (terms.inputFeatures() != 1) {
            throw new IllegalStateException("a model of " + terms.inputFeatures() + " features needs a row");
        }
        double value = 0;
        for (int k = previousCoef.length - 1; k >= 0; k--) {
            value = (value + previousCoef[k]) * x;
        }
        return value + previousIntercept;
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this).vector("coef", coef).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    private static String subscript(int k) {
        StringBuilder text = new StringBuilder();
        for (char c : Integer.toString(k).toCharArray()) {
            text.append((char) ('₀' + (c - '0')));
        }
        return text.toString();
    }
}
