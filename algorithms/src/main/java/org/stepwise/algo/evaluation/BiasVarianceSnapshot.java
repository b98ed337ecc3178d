package org.stepwise.algo.evaluation;

import java.util.stream.IntStream;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The training sets drawn so far, the chosen degree's fits of them on the test grid, and the
 * decomposition ({@link ErrorDecomposition}) of every degree's test error over those sets. Metrics:
 * the chosen degree's {@code bias_squared}, {@code variance}, {@code noise}, {@code mse} (test) and
 * {@code train_mse} (the fits' MSE on their own sets, averaged over the sets); for the curves
 * against degree, {@code degree_range} and the same four by degree ({@code bias_squared_by_degree},
 * ...); {@code sets_drawn}. Immutable.
 */
public final class BiasVarianceSnapshot implements Snapshot {

    private static final Scalars<BiasVarianceSnapshot> SCALARS = Scalars.<BiasVarianceSnapshot>builder()
            .scalarWhileDefined("bias_squared", s -> s.biasSquared(s.degree()))
            .scalarWhileDefined("variance", s -> s.variance(s.degree()))
            .scalar("noise", s -> s.setup.noise() * s.setup.noise())
            .scalarWhileDefined("mse", s -> s.mse(s.degree()))
            .scalarWhileDefined("train_mse", s -> s.trainMse(s.degree()))
            .count("sets_drawn", s -> s.drawn)
            .build();

    private final BiasVarianceSetup setup;
    private final int drawn;
    private final StepResult status;
    /** The chosen degree's fit of set s at grid point j: curves[s·G + j]. */
    private final double[] curves;
    private final ErrorDecomposition[] byDegree;
    private final double[] trainMse;
    private final double[] xs;
    private final double[] ys;

    BiasVarianceSnapshot(BiasVarianceSetup setup, int drawn, StepResult status, double[] curves,
                         ErrorDecomposition[] byDegree, double[] trainMse, double[] xs, double[] ys) {
        this.setup = setup;
        this.drawn = drawn;
        this.status = status;
        this.curves = curves;
        this.byDegree = byDegree;
        this.trainMse = trainMse;
        this.xs = xs;
        this.ys = ys;
    }

    static BiasVarianceSnapshot start(BiasVarianceSetup setup) {
        return new BiasVarianceSnapshot(setup, 0, StepResult.CONTINUE, new double[0], new ErrorDecomposition[0],
                new double[0], new double[0], new double[0]);
    }

    /** The function the data is drawn from, f(x) = sin(1.5πx + 0.5). */
    public static double truth(double x) { return NoisySine.f(x); }

    /** Points of the test grid. */
    public static int gridSize() { return NoisySine.GRID; }

    /** Grid point j's x, from −1 to 1. */
    public static double gridX(int j) { return NoisySine.gridX(j); }

    @Override
    public int step() { return drawn; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return BiasVarianceNarration.of(this); }

    /** The degree whose fits are drawn. */
    public int degree() { return setup.degree(); }

    /** The highest degree charted. */
    public int maxDegree() { return setup.maxDegree(); }

    public int trainSize() { return setup.trainSize(); }

    /** σ, the noise's standard deviation. */
    public double sigma() { return setup.noise(); }

    /** How many sets the run draws. */
    public int sets() { return setup.sets(); }

    /** How many sets have been drawn and fitted. */
    public int drawn() { return drawn; }

    /** The chosen degree's fit of set s at grid point j. */
    public double curve(int set, int j) { return curves[java.util.Objects.checkIndex(set, drawn) * NoisySine.GRID + j]; }

    /** The mean of the chosen degree's fits at grid point j (NaN before the first set). */
    public double meanCurve(int j) {
        double sum = 0;
        for (int s = 0; s < drawn; s++) {
            sum += curves[s * NoisySine.GRID + j];
        }
        return sum / drawn;
    }

    /** The last set's inputs and targets (copies; empty before the first). */
    public double[] lastXs() { return xs.clone(); }

    public double[] lastYs() { return ys.clone(); }

    /** Degree d's bias² over the sets drawn (NaN before the first); likewise below. */
    public double biasSquared(int d) { return drawn == 0 ? Double.NaN : byDegree[d - 1].biasSquared(); }

    public double variance(int d) { return drawn == 0 ? Double.NaN : byDegree[d - 1].variance(); }

    /** Degree d's expected test MSE: bias² + variance + noise. */
    public double mse(int d) { return drawn == 0 ? Double.NaN : byDegree[d - 1].mse(); }

    /** Degree d's MSE on its own training sets, averaged over the sets. */
    public double trainMse(int d) { return drawn == 0 ? Double.NaN : trainMse[d - 1]; }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (drawn > 0) {
            int[] degrees = IntStream.rangeClosed(1, maxDegree()).toArray();
            metrics.vector("degree_range", IntStream.of(degrees).asDoubleStream().toArray())
                    .vector("bias_squared_by_degree", IntStream.of(degrees).mapToDouble(this::biasSquared).toArray())
                    .vector("variance_by_degree", IntStream.of(degrees).mapToDouble(this::variance).toArray())
                    .vector("mse_by_degree", IntStream.of(degrees).mapToDouble(this::mse).toArray())
                    .vector("train_mse_by_degree", IntStream.of(degrees).mapToDouble(this::trainMse).toArray());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
