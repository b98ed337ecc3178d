package org.stepwise.algo.bayes;

/**
 * The fitted posterior P(k | x) = π_k N(x; μ_k, Σ_k) / Σ_j π_j N(x; μ_j, Σ_j), immutable, evaluated
 * without allocating (several threads may evaluate one model at once).
 *
 * <p>Each class k has a log-normaliser c_k and is scored by its log joint likelihood up to a
 * term shared by all classes:
 * <ul>
 * <li>naive Bayes (diagonal Σ_k = diag(var_k)): c_k = log π_k − ½ Σ_j log(2π var_kj), score
 *     c_k − ½ Σ_j (x_j − θ_kj)² / var_kj, exactly GaussianNB's {@code _joint_log_likelihood};</li>
 * <li>LDA and QDA: score c_k − ½ ‖(x − μ_k)ᵀ W_k‖² with W_k W_kᵀ = Σ_k⁻¹ (a pseudo-inverse where
 *     directions were dropped): QDA's {@code _decision_function}
 *     (c_k = log π_k − ½ log |Σ_k|, W_k from Cholesky); for LDA one W for every class (the svd
 *     solver's within-class scalings) and c_k = log π_k, which differs from scikit-learn's
 *     {@code decision_function} only by a term shared by all classes (xᵀΣ⁻¹x̄ − ½x̄ᵀΣ⁻¹x̄), so the
 *     probabilities are the same.</li>
 * </ul>
 * The probabilities are the softmax of the scores (scikit-learn's logsumexp normalisation and
 * its binary expit give the same numbers to rounding). A class with no points has c_k = −∞ and
 * probability 0.
 */
final class PosteriorModel {

    private final GaussianModel model;
    private final int classes;
    private final int d;
    private final double[] logNormaliser;
    private final double[] mean;
    /** Naive Bayes: 1 / var_kj, so a point's distance multiplies where it divided (the scoring's inner loop). */
    private final double[] inverseVariance;
    /** Per class W_k (QDA: upper-triangular, from Cholesky); LDA: class 0's slot holds the shared W. */
    private final double[] whitening;
    /** LDA: μ_kᵀW (K × d) and ‖μ_kᵀW‖², so a point's xᵀW is formed once for every class. */
    private final double[] projectedMean;
    private final double[] projectedNorm;

    /** Copies every array. {@code variance} is used by naive Bayes, {@code whitening} (K·d·d) by LDA and QDA. */
    PosteriorModel(GaussianModel model, int classes, int d, double[] logNormaliser, double[] mean, double[] variance,
                   double[] whitening) {
        this.model = model;
        this.classes = classes;
        this.d = d;
        this.logNormaliser = logNormaliser.clone();
        this.mean = mean.clone();
        this.inverseVariance = model == GaussianModel.GAUSSIAN_NB ? new double[variance.length] : null;
        for (int i = 0; inverseVariance != null && i < variance.length; i++) {
            inverseVariance[i] = 1 / variance[i];
        }
        this.whitening = model == GaussianModel.GAUSSIAN_NB ? null
                : model == GaussianModel.LDA ? java.util.Arrays.copyOf(whitening, d * d) : whitening.clone();
        if (model == GaussianModel.LDA) {
            projectedMean = new double[classes * d];
            projectedNorm = new double[classes];
            for (int k = 0; k < classes; k++) {
                if (Double.isInfinite(logNormaliser[k])) {
                    continue;
                }
                for (int c = 0; c < d; c++) {
                    double z = 0;
                    for (int j = 0; j < d; j++) {
                        z += mean[k * d + j] * this.whitening[j * d + c];
                    }
                    projectedMean[k * d + c] = z;
                    projectedNorm[k] += z * z;
                }
            }
        } else {
            projectedMean = null;
            projectedNorm = null;
        }
    }

    int classCount() { return classes; }

    /**
     * Writes the K probabilities of one point to {@code out[at ..]}. The point is
     * {@code first[firstAt .. firstAt + d)} when {@code second} is null, else
     * (first[firstAt], second[secondAt]) for a model of two features.
     */
    void probabilities(double[] first, int firstAt, double[] second, int secondAt, double[] out, int at) {
        if (model == GaussianModel.LDA) {
            sharedDistances(first, firstAt, second, secondAt, out, at);
        }
        double largest = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double score;
            if (Double.isInfinite(logNormaliser[k])) {
                score = Double.NEGATIVE_INFINITY;
            } else {
                double distance = model == GaussianModel.LDA ? out[at + k]
                        : distance(k, first, firstAt, second, secondAt);
                score = logNormaliser[k] - 0.5 * distance;
            }
            out[at + k] = score;
            largest = Math.max(largest, score);
        }
        double total = 0;
        for (int k = 0; k < classes; k++) {
            double e = Math.exp(out[at + k] - largest);
            out[at + k] = e;
            total += e;
        }
        for (int k = 0; k < classes; k++) {
            out[at + k] /= total;
        }
    }

    /**
     * LDA's squared distances to every class at once, into out[at ..]: with z = xᵀW,
     * ‖(x − μ_k)ᵀW‖² = ‖z‖² − 2 z·(μ_kᵀW) + ‖μ_kᵀW‖² (d² work per point instead of K·d²).
     */
    private void sharedDistances(double[] first, int firstAt, double[] second, int secondAt, double[] out, int at) {
        for (int k = 0; k < classes; k++) {
            out[at + k] = 0;
        }
        double squared = 0;
        for (int c = 0; c < d; c++) {
            double z = 0;
            for (int j = 0; j < d; j++) {
                z += coordinate(j, first, firstAt, second, secondAt) * whitening[j * d + c];
            }
            squared += z * z;
            for (int k = 0; k < classes; k++) {
                out[at + k] += z * projectedMean[k * d + c];
            }
        }
        for (int k = 0; k < classes; k++) {
            out[at + k] = squared - 2 * out[at + k] + projectedNorm[k];
        }
    }

    /** The squared Mahalanobis distance (x − μ_k)ᵀ Σ_k⁻¹ (x − μ_k), naive Bayes and QDA. */
    private double distance(int k, double[] first, int firstAt, double[] second, int secondAt) {
        int m = k * d;
        if (model == GaussianModel.GAUSSIAN_NB) {
            double sum = 0;
            if (second == null) {
                // A row of every feature: no per-coordinate branch in the loop that scores all points.
                for (int j = 0; j < d; j++) {
                    double deviation = first[firstAt + j] - mean[m + j];
                    sum += deviation * deviation * inverseVariance[m + j];
                }
                return sum;
            }
            for (int j = 0; j < d; j++) {
                double deviation = coordinate(j, first, firstAt, second, secondAt) - mean[m + j];
                sum += deviation * deviation * inverseVariance[m + j];
            }
            return sum;
        }
        int w = k * d * d;
        double sum = 0;
        for (int c = 0; c < d; c++) {
            double z = 0;
            for (int j = 0; j <= c; j++) { // W_k is upper-triangular
                z += (coordinate(j, first, firstAt, second, secondAt) - mean[m + j]) * whitening[w + j * d + c];
            }
            sum += z * z;
        }
        return sum;
    }

    private static double coordinate(int j, double[] first, int firstAt, double[] second, int secondAt) {
        if (second == null) {
            return first[firstAt + j];
        }
        return j == 0 ? first[firstAt] : second[secondAt];
    }
}
