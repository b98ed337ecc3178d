package org.stepwise.algo.decomposition;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * The ICA lesson's data: two independent sources over time, mixed linearly: n = 1000 samples at
 * times t evenly spaced on [0, 8] (both ends), a sawtooth 2(t mod 1) − 1 and noise drawn uniformly
 * from [−1, 1) (seeded, {@value #SEED}), each divided by its population standard deviation; the
 * mixtures are X = S Aᵀ with A = [[1, 1], [0.5, 2]] (the first two rows and columns of the mixing
 * matrix of scikit-learn's example "Blind source separation using FastICA"). Both sources are
 * uniformly distributed, so that their joint cloud is a square, the mixtures' a parallelogram and
 * the whitened mixtures' a turned square (Hyvärinen &amp; Oja 2000, Figs. 5–7): the picture of why
 * decorrelation is not enough. The rows are in time order.
 */
public final class IcaSignals {

    /** The data set's name, by which the panel knows it has the sources to show. */
    public static final String NAME = "mixed_signals";
    public static final int SAMPLES = 1000;
    public static final List<String> SOURCE_NAMES = List.of("sawtooth", "uniform noise");
    static final long SEED = 42;
    private static final double END = 8;
    private static final double[][] MIXING = {{1, 1}, {0.5, 2}};

    private IcaSignals() {
    }

    /** The sources, n × 2 (time order): sawtooth, uniform noise, each with unit variance. */
    public static double[][] sources() {
        RandomGenerator random = Randomness.generator(SEED);
        int m = SOURCE_NAMES.size();
        double[][] s = new double[SAMPLES][m];
        for (int i = 0; i < SAMPLES; i++) {
            double t = END * i / (SAMPLES - 1);
            s[i][0] = 2 * (t - Math.floor(t)) - 1;
            s[i][1] = random.nextDouble(-1, 1);
        }
        for (int j = 0; j < m; j++) {
            double mean = 0;
            for (double[] row : s) {
                mean += row[j];
            }
            mean /= SAMPLES;
            double squares = 0;
            for (double[] row : s) {
                squares += (row[j] - mean) * (row[j] - mean);
            }
            double deviation = Math.sqrt(squares / SAMPLES);
            for (double[] row : s) {
                row[j] /= deviation;
            }
        }
        return s;
    }

    /** The time of sample i. */
    public static double time(int i) { return END * i / (SAMPLES - 1); }

    /** The mixtures X = S Aᵀ as an unlabelled data set (its target is the time, unused by ICA). */
    public static Dataset mixtures() {
        double[][] s = sources();
        double[][] x = new double[SAMPLES][MIXING.length];
        double[] times = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            times[i] = time(i);
            for (int f = 0; f < MIXING.length; f++) {
                double sum = 0;
                for (int j = 0; j < MIXING[f].length; j++) {
                    sum += s[i][j] * MIXING[f][j];
                }
                x[i][f] = sum;
            }
        }
        return Dataset.regression(NAME, x, times, List.of("mixture 1", "mixture 2"), "time");
    }

    /** A[f][j]: how much of source j mixture f holds. */
    public static double mixing(int feature, int source) { return MIXING[feature][source]; }
}
