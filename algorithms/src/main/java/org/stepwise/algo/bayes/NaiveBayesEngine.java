package org.stepwise.algo.bayes;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linalg.SymmetricEigen;
import org.stepwise.data.Dataset;

/**
 * Gaussian generative classifiers fitted one class per step (Hastie, Tibshirani &amp; Friedman,
 * <i>The Elements of Statistical Learning</i>, 2nd ed., §4.3 and §6.6.3; scikit-learn 1.2 User
 * Guide §1.2 and §1.9). Each class k gets a prior π_k = n_k / n, a mean μ_k and a spread; the
 * posterior is P(k | x) ∝ π_k N(x; μ_k, Σ_k). Matches scikit-learn 1.2.1:
 * <ul>
 * <li>{@code gaussian-nb}: {@code GaussianNB._partial_fit}: var_kj = the population variance
 *     (ddof 0) of feature j in class k, plus ε = varSmoothing × the largest feature variance of
 *     all of X; Σ_k = diag(var_k) (features independent within a class).</li>
 * <li>{@code lda}: {@code LinearDiscriminantAnalysis._solve_svd} (the default solver): one
 *     within-class covariance Σ = Σ_k Σ_{i∈k} (xᵢ − μ_k)(xᵢ − μ_k)ᵀ / (n − K), whitened as
 *     scikit-learn does (features scaled by the within-class standard deviation, directions whose
 *     singular value is at most tol = 10⁻⁴ dropped).</li>
 * <li>{@code qda}: {@code QuadraticDiscriminantAnalysis.fit}: Σ_k = scatter_k / (n_k − 1),
 *     regularised on its eigenvalues as S² ← (1 − regParam)·S² + regParam, i.e.
 *     (1 − r)Σ_k + r·I, which is what the engine forms (and factors by Cholesky): the two agree
 *     whenever the class has more points than features, which the factory requires.</li>
 * </ul>
 *
 * <p>Steps: step s (1 .. P, P the classes with points, in label order) fits one class's prior,
 * mean and variances or covariance. LDA's shared covariance needs every class's scatter, so its
 * class steps accumulate their scatter (each class's own covariance is shown meanwhile) and step
 * P + 1 pools it; every model's step P + 1 forms the posterior, scores the training points
 * (accuracy, log loss) and picks the least certain point. The run then ends, CONVERGED.
 *
 * <p>Buffers are allocated in the constructor; a step allocates only the posterior model of the
 * last step, which every later snapshot shares.
 */
final class NaiveBayesEngine implements Engine<NaiveBayesSnapshot> {

    /** scikit-learn's {@code tol}: singular values of the centred data at or below it count as zero. */
    static final double SINGULAR_VALUE_TOLERANCE = 1e-4;
    /**
     * log_loss clips probabilities to [eps, 1 − eps], as scikit-learn 1.2.1's {@code log_loss} with its
     * default eps="auto": the machine epsilon of doubles.
     */
    private static final double LOG_LOSS_EPS = Math.ulp(1.0);

    private final GaussianModel model;
    private final int n;
    private final int d;
    private final int classes;
    private final int[] labels;
    private final List<String> classNames;
    private final ClassMoments moments;
    private final int[] present;
    private final double regParam;
    private final double epsilon;
    private final SymmetricEigen eigen;
    private final CholeskyWhitening cholesky;

    private final double[] count;
    private final double[] prior;
    private final double[] mean;
    private final double[] variance;
    private final double[] scatter;
    private final double[] covariance;
    private final double[] pooledScatter;
    private final double[] whitening;
    private final double[] logNormaliser;
    private final double[] rowProbabilities;
    /** Σ log N(xᵢ; μ_yᵢ, Σ_yᵢ) over the points of the classes fitted so far, and how many points. */
    private double logLikelihoodSum;
    private int logLikelihoodPoints;

    private int step;
    private int lastClass = -1;
    private StepResult status = StepResult.CONTINUE;
    private PosteriorModel posterior;
    private double accuracy = Double.NaN;
    private double logLoss = Double.NaN;
    private int probeRow = -1;
    private final double[] probeProbabilities;

    NaiveBayesEngine(Dataset data, GaussianModel model, double varSmoothing, double regParam) {
        this.model = model;
        this.n = data.size();
        this.d = data.featureCount();
        this.classes = data.classCount();
        this.labels = data.labels();
        this.classNames = List.copyOf(data.classNames());
        this.moments = new ClassMoments(data);
        this.present = presentClasses(moments, classes);
        this.regParam = regParam;
        this.epsilon = model == GaussianModel.GAUSSIAN_NB ? varSmoothing * moments.largestFeatureVariance() : 0;
        this.eigen = new SymmetricEigen(d);
        this.cholesky = new CholeskyWhitening(d);
        count = new double[classes];
        prior = new double[classes];
        mean = new double[classes * d];
        variance = new double[classes * d];
        // Naive Bayes needs only each class's d variances: no d × d scatter, covariance or whitening
        // (the snapshot reads its covariance as diag(var)), which was most of its fit's work.
        boolean naive = model == GaussianModel.GAUSSIAN_NB;
        scatter = new double[naive ? classes * d : classes * d * d];
        covariance = new double[naive ? 0 : classes * d * d];
        pooledScatter = new double[d * d];
        whitening = new double[naive ? 0 : classes * d * d];
        logNormaliser = new double[classes];
        rowProbabilities = new double[classes];
        probeProbabilities = new double[classes];
        Arrays.fill(mean, Double.NaN);
        Arrays.fill(variance, Double.NaN);
        Arrays.fill(covariance, Double.NaN);
        Arrays.fill(prior, Double.NaN);
        Arrays.fill(logNormaliser, Double.NEGATIVE_INFINITY);
    }

    static int[] presentClasses(ClassMoments moments, int classes) {
        return java.util.stream.IntStream.range(0, classes).filter(k -> moments.count(k) > 0).toArray();
    }

    @Override
    public NaiveBayesSnapshot snapshot() {
        return new NaiveBayesSnapshot(new NaiveBayesSnapshot.State(model, step, status, present.length, classNames, d,
                lastClass, count, prior, mean, variance, covariance, epsilon, regParam, n, posterior, accuracy, logLoss,
                probeRow, probeProbabilities, pooledScatter,
                logLikelihoodPoints == 0 ? Double.NaN : logLikelihoodSum / logLikelihoodPoints));
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        if (step < present.length) {
            int k = present[step];
            String trouble = fitClass(k);
            if (trouble != null) {
                status = StepResult.stopped(trouble);
                return status;
            }
            lastClass = k;
            step++;
            return status;
        }
        if (model == GaussianModel.LDA && !poolCovariance()) {
            status = StepResult.stopped("The pooled covariance could not be decomposed (its entries are not finite);"
                    + " check the data for huge or missing values.");
            return status;
        }
        posterior = new PosteriorModel(model, classes, d, logNormaliser, mean, variance, whitening);
        scoreTrainingPoints();
        lastClass = -1;
        step++;
        status = StepResult.CONVERGED;
        return status;
    }

    /** Class k's prior, mean and spread; a reason when its covariance cannot be inverted, else null. */
    private String fitClass(int k) {
        int nk = moments.count(k);
        count[k] = nk;
        prior[k] = (double) nk / n;
        int c = k * d * d;
        switch (model) {
            case GAUSSIAN_NB -> {
                moments.fitDiagonal(k, mean, k * d, scatter, k * d);
                double logDensity = 0;
                for (int j = 0; j < d; j++) {
                    double v = scatter[k * d + j] / nk + epsilon;
                    variance[k * d + j] = v;
                    logDensity += Math.log(2 * Math.PI * v);
                }
                logNormaliser[k] = Math.log(prior[k]) - 0.5 * logDensity;
                addDiagonalLogLikelihood(k, logDensity);
            }
            case LDA -> {
                moments.fit(k, mean, k * d, scatter, c);
                for (int i = 0; i < d * d; i++) {
                    pooledScatter[i] += scatter[c + i];
                    // The class's own covariance, shown until the pooled one replaces it.
                    covariance[c + i] = nk > 1 ? scatter[c + i] / (nk - 1) : Double.NaN;
                }
                // Its points' log-likelihood under that covariance, when it can be inverted.
                double logDeterminant = nk > 1 ? cholesky.whiten(covariance, c, whitening, c) : Double.NaN;
                if (!Double.isNaN(logDeterminant)) {
                    addLogLikelihood(k, c, logDeterminant, Shape.UPPER);
                }
            }
            case QDA -> {
                moments.fit(k, mean, k * d, scatter, c);
                return fitQuadratic(k, nk);
            }
        }
        return null;
    }

    /**
     * QDA's class covariance Σ_k = (1 − r)·scatter / (n_k − 1) + r·I, which is scikit-learn's
     * V((1 − r)S²/(n_k − 1) + r)Vᵀ from the singular values S of the centred points whenever the
     * class has more points than features (the factory requires it), whitened by Cholesky.
     */
    private String fitQuadratic(int k, int nk) {
        int c = k * d * d;
        for (int j = 0; j < d; j++) {
            for (int l = 0; l < d; l++) {
                covariance[c + j * d + l] = (1 - regParam) * scatter[c + j * d + l] / (nk - 1) + (j == l ? regParam : 0);
            }
        }
        double logDeterminant = cholesky.whiten(covariance, c, whitening, c);
        if (Double.isNaN(logDeterminant)) {
            return NaiveBayesFactory.singularMessage(classNames.get(k));
        }
        logNormaliser[k] = Math.log(prior[k]) - 0.5 * logDeterminant;
        addLogLikelihood(k, c, logDeterminant, Shape.UPPER);
        return null;
    }

    /** Which entries of a whitening matrix can be non-zero, so the products skip the zeros. */
    enum Shape { UPPER, FULL }

    /**
     * Adds log N(xᵢ; μ_k, diag(var_k)) over class k's points: −½ Σ_j log(2π var_kj), given as
     * {@code logDensity}, minus ½ Σ_j (x_ij − μ_kj)² / var_kj.
     */
    private void addDiagonalLogLikelihood(int k, double logDensity) {
        double[] x = moments.features();
        int nk = moments.count(k);
        for (int r = 0; r < nk; r++) {
            int row = moments.row(k, r) * d;
            double distance = 0;
            for (int j = 0; j < d; j++) {
                double deviation = x[row + j] - mean[k * d + j];
                distance += deviation * deviation / variance[k * d + j];
            }
            logLikelihoodSum += -0.5 * logDensity - 0.5 * distance;
        }
        logLikelihoodPoints += nk;
    }

    /** Adds log N(xᵢ; μ_k, Σ) over class k's points, Σ given by W (WWᵀ = Σ⁻¹) at {@code w} and log |Σ|. */
    private void addLogLikelihood(int k, int w, double logDeterminant, Shape shape) {
        double[] x = moments.features();
        double constant = -0.5 * (d * Math.log(2 * Math.PI) + logDeterminant);
        int nk = moments.count(k);
        for (int r = 0; r < nk; r++) {
            int row = moments.row(k, r) * d;
            double distance = 0;
            for (int col = 0; col < d; col++) {
                int to = shape == Shape.FULL ? d - 1 : col;
                double z = 0;
                for (int j = 0; j <= to; j++) {
                    z += (x[row + j] - mean[k * d + j]) * whitening[w + j * d + col];
                }
                distance += z * z;
            }
            logLikelihoodSum += constant - 0.5 * distance;
        }
        logLikelihoodPoints += nk;
    }

    /**
     * LDA's last step: Σ = pooled scatter / (n − K), whitened as {@code _solve_svd}: each feature
     * divided by the within-class standard deviation (population, 1 where it is 0), the
     * eigen-decomposition of the scaled Σ (the squared singular values of scikit-learn's scaled
     * centred data), directions with a singular value at most tol dropped.
     */
    private boolean poolCovariance() {
        int shared = n - present.length;
        double[] scaled = scatter; // reused as scratch: the class scatters are no longer needed
        double[] std = variance; // likewise scratch for LDA, which has no per-feature variances
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(pooledScatter[j * d + j] / n);
            std[j] = s == 0 ? 1 : s;
        }
        for (int j = 0; j < d; j++) {
            for (int l = 0; l < d; l++) {
                scaled[j * d + l] = pooledScatter[j * d + l] / shared / (std[j] * std[l]);
            }
        }
        if (!eigen.decompose(scaled, 0)) {
            return false;
        }
        Arrays.fill(whitening, 0, d * d, 0);
        for (int i = 0; i < d; i++) {
            double singular = Math.sqrt(Math.max(eigen.values[i], 0));
            if (singular > SINGULAR_VALUE_TOLERANCE) {
                for (int j = 0; j < d; j++) {
                    whitening[j * d + i] = eigen.vectors[j * d + i] / std[j] / singular;
                }
            }
        }
        // log |Σ| of the pooled covariance over the directions kept: Σ = D R D, |Σ| = |D|² ∏ λ.
        double logDeterminant = 0;
        for (int i = 0; i < d; i++) {
            if (Math.sqrt(Math.max(eigen.values[i], 0)) > SINGULAR_VALUE_TOLERANCE) {
                logDeterminant += Math.log(eigen.values[i]);
            }
        }
        for (int j = 0; j < d; j++) {
            logDeterminant += 2 * Math.log(std[j]);
        }
        Arrays.fill(variance, Double.NaN); // done with it as the scratch of std
        logLikelihoodSum = 0;
        logLikelihoodPoints = 0;
        for (int k : present) {
            System.arraycopy(whitening, 0, whitening, k * d * d, d * d);
            addLogLikelihood(k, 0, logDeterminant, Shape.FULL);
            for (int i = 0; i < d * d; i++) {
                covariance[k * d * d + i] = pooledScatter[i] / shared;
            }
            logNormaliser[k] = Math.log(prior[k]);
        }
        return true;
    }

    /** Training accuracy (ties to the lowest class), log loss, and the point of most uncertain class. */
    private void scoreTrainingPoints() {
        double[] x = moments.features();
        int correct = 0;
        double loss = 0;
        double mostUncertain = -1;
        for (int i = 0; i < n; i++) {
            posterior.probabilities(x, i * d, null, 0, rowProbabilities, 0);
            int best = 0;
            double entropy = 0;
            for (int k = 0; k < classes; k++) {
                if (rowProbabilities[k] > rowProbabilities[best]) {
                    best = k;
                }
                if (rowProbabilities[k] > 0) {
                    entropy -= rowProbabilities[k] * Math.log(rowProbabilities[k]);
                }
            }
            if (best == labels[i]) {
                correct++;
            }
            double p = Math.min(Math.max(rowProbabilities[labels[i]], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
            loss -= Math.log(p);
            if (entropy > mostUncertain) {
                mostUncertain = entropy;
                probeRow = i;
                System.arraycopy(rowProbabilities, 0, probeProbabilities, 0, classes);
            }
        }
        accuracy = (double) correct / n;
        logLoss = loss / n;
    }
}
