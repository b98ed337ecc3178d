package org.stepwise.algo.evaluation;

import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.linear.LinearRegressionSnapshot;

/**
 * The bias–variance decomposition estimated one training set a step: step s draws a fresh
 * training set of {@code trainSize} noisy points of the known function ({@link NoisySine}) and
 * fits it with a polynomial of every degree 1 … D through the linear-regression lesson's engine
 * ({@link PolynomialFit}, as {@code Pipeline(PolynomialFeatures(d), LinearRegression())} and
 * {@code numpy.polyfit}); each fit's predictions on the test grid and its training MSE are kept.
 * After the step, bias², variance, noise and test MSE ({@link ErrorDecomposition}) are estimated
 * over the sets drawn so far, for every degree. The run is done (converged) after {@code sets}
 * sets.
 *
 * <p>The predictions, training MSEs and the sample buffers are allocated once; a step allocates
 * the fits (each a fresh estimator, as scikit-learn's) and the snapshot.
 */
final class BiasVarianceEngine implements Engine<BiasVarianceSnapshot> {

    private final BiasVarianceSetup setup;
    private final RandomGenerator random;
    private final double[] truth = new double[NoisySine.GRID];
    /** predictions[d − 1][s·G + j]: the degree-d fit of set s at grid point j. */
    private final double[][] predictions;
    /** trainMse[d − 1][s]: the degree-d fit's MSE on its own training set s. */
    private final double[][] trainMse;
    private final double[] xs;
    private final double[] ys;

    private int drawn;
    private StepResult status = StepResult.CONTINUE;
    private BiasVarianceSnapshot snapshot;

    BiasVarianceEngine(BiasVarianceSetup setup, long seed) {
        this.setup = setup;
        this.random = Randomness.generator(seed);
        for (int j = 0; j < truth.length; j++) {
            truth[j] = NoisySine.f(NoisySine.gridX(j));
        }
        predictions = new double[setup.maxDegree()][setup.sets() * NoisySine.GRID];
        trainMse = new double[setup.maxDegree()][setup.sets()];
        xs = new double[setup.trainSize()];
        ys = new double[setup.trainSize()];
        snapshot = BiasVarianceSnapshot.start(setup);
    }

    @Override
    public BiasVarianceSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        NoisySine.draw(random, setup.noise(), xs, ys);
        for (int d = 1; d <= setup.maxDegree(); d++) {
            LinearRegressionSnapshot fit = PolynomialFit.fit(xs, ys, d);
            for (int j = 0; j < NoisySine.GRID; j++) {
                predictions[d - 1][drawn * NoisySine.GRID + j] = fit.predict(NoisySine.gridX(j));
            }
            trainMse[d - 1][drawn] = fit.mse();
        }
        drawn++;
        if (drawn == setup.sets()) {
            status = StepResult.CONVERGED;
        }
        ErrorDecomposition[] byDegree = new ErrorDecomposition[setup.maxDegree()];
        double[] meanTrainMse = new double[setup.maxDegree()];
        for (int d = 0; d < byDegree.length; d++) {
            byDegree[d] = ErrorDecomposition.of(predictions[d], drawn, truth, setup.noise() * setup.noise());
            double sum = 0;
            for (int s = 0; s < drawn; s++) {
                sum += trainMse[d][s];
            }
            meanTrainMse[d] = sum / drawn;
        }
        snapshot = new BiasVarianceSnapshot(setup, drawn, status,
                java.util.Arrays.copyOf(predictions[setup.degree() - 1], drawn * NoisySine.GRID), byDegree,
                meanTrainMse, xs.clone(), ys.clone());
        return status;
    }
}
