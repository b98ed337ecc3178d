package org.stepwise.algo.bayes;

import java.util.List;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * A Gaussian classifier after some of its steps: each fitted class's count, prior, mean and
 * variances or covariance (copies), and once the last step has run the posterior, which predicts
 * without allocating (the decision-boundary grid evaluates it on several threads).
 *
 * <p>Metrics, after scikit-learn's attributes: {@code class_count}, {@code class_prior},
 * {@code theta} (K × d class means; NaN rows for classes not fitted yet or without points);
 * Gaussian naive Bayes adds {@code var} (K × d, ε included) and {@code epsilon}; LDA adds, once
 * pooled, {@code covariance} (scikit-learn's {@code covariance_} with store_covariance: the pooled
 * scatter over n) and {@code pooled_covariance} (over n − K, what the svd solver predicts with
 * and the ellipses show); QDA adds {@code covariance}, K rows of the d × d regularised class
 * covariance flattened row-major (scikit-learn's list {@code covariance_}). Scalars:
 * {@code accuracy} and {@code log_loss} on the training points (NaN until the posterior is
 * formed), {@code log_likelihood} (mean log-density of the fitted classes' points under their
 * Gaussians, from the first step), {@code classes_fitted}, and {@code epsilon} for naive Bayes.
 */
public final class NaiveBayesSnapshot implements Snapshot, ClassProbabilities, Predictor {

    private static final Scalars<NaiveBayesSnapshot> SCALARS = Scalars.<NaiveBayesSnapshot>builder()
            .scalar("accuracy", NaiveBayesSnapshot::accuracy)
            .scalar("log_loss", NaiveBayesSnapshot::logLoss)
            .scalar("log_likelihood", NaiveBayesSnapshot::logLikelihood)
            .count("classes_fitted", s -> Math.min(s.step(), s.state.presentClasses()))
            .scalarWhileDefined("epsilon", s -> s.isNaive() ? s.state.epsilon() : Double.NaN)
            .build();

    /** What the engine hands over; every array is copied by the snapshot. */
    record State(GaussianModel model, int step, StepResult status, int presentClasses, List<String> classNames, int d,
                 int lastClass, double[] count, double[] prior, double[] mean, double[] variance,
                 double[] covariance, double epsilon, double regParam, int n, PosteriorModel posterior,
                 double accuracy, double logLoss, int probeRow, double[] probeProbabilities,
                 double[] pooledScatter, double logLikelihood) {
    }

    private final State state;
    private final int classes;
    private final int d;
    private final double[] count;
    private final double[] prior;
    private final double[] mean;
    private final double[] variance;
    private final double[] covariance;
    private final double[] probeProbabilities;
    private final double[] pooledScatter;

    NaiveBayesSnapshot(State state) {
        this.state = state;
        this.classes = state.count().length;
        this.d = state.d();
        this.count = state.count().clone();
        this.prior = state.prior().clone();
        this.mean = state.mean().clone();
        this.variance = state.variance().clone();
        this.covariance = state.covariance().clone();
        this.probeProbabilities = state.probeProbabilities().clone();
        this.pooledScatter = state.pooledScatter().clone();
    }

    @Override
    public int step() { return state.step(); }

    @Override
    public StepResult status() { return state.status(); }

    /** "gaussian-nb", "lda" or "qda". */
    public String model() { return state.model().parameter(); }

    /** True for Gaussian naive Bayes, whose ellipses are axis-aligned. */
    public boolean isNaive() { return state.model() == GaussianModel.GAUSSIAN_NB; }

    /** True for LDA, whose class steps show each class's own covariance until the last step pools them. */
    public boolean isShared() { return state.model() == GaussianModel.LDA; }

    @Override
    public String narration() { return NaiveBayesNarration.of(this); }

    /** The full narration, or a short one (class, prior and mean; or accuracy and log loss) when it does not fit. */
    @Override
    public String narration(int characters) { return NaiveBayesNarration.of(this, characters); }

    @Override
    public int classCount() { return classes; }

    public int featureCount() { return d; }

    /** How many steps the run takes: one per class with points, then the posterior. */
    public int totalSteps() { return state.presentClasses() + 1; }

    /** Whether class k has been fitted (its mean and spread are known). */
    public boolean isFitted(int k) { return count[k] > 0; }

    /** The class fitted by the last step, or −1 (before the first, and after the posterior step). */
    public int lastFittedClass() { return state.lastClass(); }

    public List<String> classNames() { return state.classNames(); }

    public int pointCount() { return state.n(); }

    public double regParam() { return state.regParam(); }

    public double epsilon() { return state.epsilon(); }

    /** Points of class k (0 until it is fitted). */
    public double count(int k) { return count[k]; }

    /** π_k = n_k / n (NaN until fitted). */
    public double prior(int k) { return prior[k]; }

    /** Component j of class k's mean. */
    public double mean(int k, int j) { return mean[k * d + j]; }

    /** Naive Bayes's variance of feature j in class k, ε included (NaN for the other models). */
    public double variance(int k, int j) { return variance[k * d + j]; }

    /**
     * Entry (i, j) of the covariance the view draws for class k: diag(var_k) for naive Bayes; for
     * LDA the class's own scatter / (n_k − 1) until the last step, then the pooled one; QDA's
     * regularised Σ_k. NaN when not known (not fitted, or LDA's class of one point).
     */
    public double covariance(int k, int i, int j) {
        if (isNaive()) {
            double v = variance[k * d + i];
            return i == j || Double.isNaN(v) ? (i == j ? v : Double.NaN) : 0;
        }
        return covariance[k * d * d + i * d + j];
    }

    /** Whether the posterior has been formed (the last step has run). */
    public boolean hasPosterior() { return state.posterior() != null; }

    /** Training accuracy of the posterior's most probable class (NaN before it is formed). */
    public double accuracy() { return state.accuracy(); }

    /** Mean −log P(yᵢ | xᵢ) on the training points (NaN before the posterior is formed). */
    public double logLoss() { return state.logLoss(); }

    /**
     * The mean log N(xᵢ; μ_yᵢ, Σ_yᵢ) over the points of the classes fitted so far, under the
     * Gaussians shown (LDA: each class's own until the last step pools them), the quantity the
     * estimates maximise; NaN before the first class.
     */
    public double logLikelihood() { return state.logLikelihood(); }

    /** The training point whose posterior is least certain (largest entropy), or −1 before the posterior. */
    public int probeRow() { return state.probeRow(); }

    /** P(k | the probe point). */
    public double probeProbability(int k) { return probeProbabilities[k]; }

    /**
     * Class probabilities of {@code count} points of d features, row-major; see
     * {@link #predictProbabilities(double[], double[], int, double[])}.
     *
     * @throws IllegalStateException before the posterior is formed
     */
    public void predictProbabilities(double[] rows, int count, double[] out) {
        PosteriorModel posterior = requirePosterior();
        for (int i = 0; i < count; i++) {
            posterior.probabilities(rows, i * d, null, 0, out, i * classes);
        }
    }

    /** The class of the largest posterior of the row x[offset .. offset + d); NaN before the posterior is formed. */
    @Override
    public double predict(double[] x, int offset) {
        if (state.posterior() == null) {
            return Double.NaN;
        }
        double[] probabilities = new double[classes];
        state.posterior().probabilities(x, offset, null, 0, probabilities, 0);
        return ClassProbabilities.mostProbable(probabilities, 0, classes);
    }

    /**
     * The two-feature form for the boundary grid. Allocates nothing.
     *
     * @throws IllegalStateException before the posterior is formed, or for other than two features
     */
    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        PosteriorModel posterior = requirePosterior();
        if (d != 2) {
            throw new IllegalStateException("the boundary view needs a model of two features; this one has " + d);
        }
        for (int i = 0; i < count; i++) {
            posterior.probabilities(xs, i, ys, i, out, i * classes);
        }
    }

    private PosteriorModel requirePosterior() {
        if (state.posterior() == null) {
            throw new IllegalStateException("the posterior is formed at the last step (" + totalSteps() + ")");
        }
        return state.posterior();
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this)
                .vector("class_count", count)
                .vector("class_prior", prior)
                .matrix("theta", rows(mean, classes, d));
        switch (state.model()) {
            case GAUSSIAN_NB -> metrics.matrix("var", rows(variance, classes, d));
            case LDA -> {
                if (hasPosterior()) {
                    metrics.matrix("covariance", scaled(pooledScatter, 1.0 / state.n()))
                            .matrix("pooled_covariance", scaled(pooledScatter, 1.0 / (state.n() - state.presentClasses())));
                }
            }
            case QDA -> metrics.matrix("covariance", rows(covariance, classes, d * d));
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    private static double[][] rows(double[] values, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * columns, matrix[r], 0, columns);
        }
        return matrix;
    }

    private double[][] scaled(double[] square, double factor) {
        double[][] matrix = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                matrix[i][j] = square[i * d + j] * factor;
            }
        }
        return matrix;
    }
}
