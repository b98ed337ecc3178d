package org.stepwise.algo.decomposition;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Randomness;
import org.stepwise.data.Dataset;

/**
 * The ICA lesson's data: three sources over time, mixed linearly, after scikit-learn's example
 * "Blind source separation using FastICA" ({@code plot_ica_blind_source_separation.py}): n = 1000
 * samples at times t evenly spaced on [0, 8] (both ends); a sine sin 2t, a square sign(sin 3t) and a
 * sawtooth 2(t mod 1) − 1, each with Gaussian noise of standard deviation {@value #NOISE} added
 * (seeded, {@value #SEED}) and then divided by its population standard deviation; the mixtures
 * are X = S Aᵀ with the example's A = [[1, 1, 1], [0.5, 2, 1], [1.5, 1, 2]]. The rows are in time
 * order. The sources are not in the data set (ICA never sees them); {@link #sources()} gives them
 * to the panel for comparison.
 */
public final class IcaSignals {

    /** The data set's name, by which the panel knows it has the sources to show. */
    public static final String NAME = "mixed_signals";
    public static final int SAMPLES = 1000;
    public static final List<String> SOURCE_NAMES = List.of("sine", "square", "sawtooth");
    static final double NOISE = 0.05;
    static final long SEED = 42;
    private static final double END = 8;
    private static final double[][] MIXING = {{1, 1, 1}, {0.5, 2, 1}, {1.5, 1, 2}};

    private IcaSignals() {
    }

    /** The sources, n × 3 (time order): sine, square, sawtooth, each with unit variance. */
    public static double[][] sources() {
        RandomGenerator random = Randomness.generator(SEED);
        int m = SOURCE_NAMES.size();
        double[][] s = new double[SAMPLES][m];
        for (int i = 0; i < SAMPLES; i++) {
            double t = END * i / (SAMPLES - 1);
            s[i][0] = Math.sin(2 * t);
            s[i][1] = Math.signum(Math.sin(3 * t));
            s[i][2] = 2 * (t - Math.floor(t)) - 1;
            for (int j = 0; j < m; j++) {
                s[i][j] += NOISE * random.nextGaussian();
            }
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
        return Dataset.regression(NAME, x, times, List.of("mixture 1", "mixture 2", "mixture 3"), "time");
    }

    /** A[f][j]: how much of source j mixture f holds. */
    public static double mixing(int feature, int source) { return MIXING[feature][source]; }
}
