package org.stepwise.algo.manifold;

import java.util.Arrays;

/**
 * t-SNE's input similarities, as scikit-learn 1.2.1 computes them ({@code sklearn/manifold/_t_sne.py}
 * {@code _joint_probabilities} and {@code _joint_probabilities_nn}; the search is
 * {@code _utils.pyx} {@code _binary_search_perplexity}).
 *
 * <p>For each point i the Gaussian precision βᵢ = 1 / (2σᵢ²) is found by bisection so that the
 * entropy H(Pᵢ) = ln Σⱼ e^(−βᵢdᵢⱼ²) + βᵢ Σⱼ dᵢⱼ² pⱼ|ᵢ of its conditional distribution
 * pⱼ|ᵢ = e^(−βᵢdᵢⱼ²) / Σₖ e^(−βᵢdᵢₖ²) equals ln(perplexity): starting from β = 1, doubling (or
 * halving) until the target is bracketed, then halving the bracket, until |H − ln perplexity| ≤ 1e-5
 * or 100 steps. The squared distances are rounded to float32 first and the perplexity is a C
 * float, as there. The joint probabilities are pᵢⱼ = (pⱼ|ᵢ + pᵢ|ⱼ) / Σ (van der Maaten &amp;
 * Hinton 2008, §3): over every pair for the exact method (each then at least machine ε), over
 * each point's ⌊3·perplexity + 1⌋ nearest neighbours for Barnes–Hut (van der Maaten 2014, §4.1).
 */
final class TsneAffinities {

    private static final double PERPLEXITY_TOLERANCE = 1e-5;
    private static final int SEARCH_STEPS = 100;
    private static final double EPSILON_DBL = 1e-8;
    static final double MACHINE_EPSILON = Math.ulp(1.0);

    private TsneAffinities() {
    }

    /**
     * The conditional probabilities of each row, found by the perplexity search.
     *
     * @param sqDistances     rows × columns squared distances, already float32 values
     * @param usingNeighbours true when each row lists its neighbours only (every entry counts);
     *                        false for the square matrix, whose diagonal is left out
     * @param betas           receives each row's β
     * @return rows × columns conditional probabilities
     */
    static double[] conditional(float[] sqDistances, int rows, int columns, double perplexity,
                                boolean usingNeighbours, double[] betas) {
        double desiredEntropy = Math.log((float) perplexity);
        double[] p = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            int base = i * columns;
            double betaMin = Double.NEGATIVE_INFINITY;
            double betaMax = Double.POSITIVE_INFINITY;
            double beta = 1.0;
            for (int l = 0; l < SEARCH_STEPS; l++) {
                double sumP = 0;
                for (int j = 0; j < columns; j++) {
                    if (j != i || usingNeighbours) {
                        p[base + j] = Math.exp(-sqDistances[base + j] * beta);
                        sumP += p[base + j];
                    }
                }
                if (sumP == 0.0) {
                    sumP = EPSILON_DBL;
                }
                double sumDistP = 0;
                for (int j = 0; j < columns; j++) {
                    p[base + j] /= sumP;
                    sumDistP += sqDistances[base + j] * p[base + j];
                }
                double entropyDiff = Math.log(sumP) + beta * sumDistP - desiredEntropy;
                if (Math.abs(entropyDiff) <= PERPLEXITY_TOLERANCE) {
                    break;
                }
                if (entropyDiff > 0) {
                    betaMin = beta;
                    beta = betaMax == Double.POSITIVE_INFINITY ? beta * 2 : (beta + betaMax) / 2;
                } else {
                    betaMax = beta;
                    beta = betaMin == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + betaMin) / 2;
                }
            }
            betas[i] = beta;
        }
        return p;
    }

    /** Squared Euclidean distances of every pair, rounded to float32 (the diagonal 0). */
    static float[] squaredDistances(double[] x, int n, int p) {
        float[] d = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                float v = (float) squaredDistance(x, i, j, p);
                d[i * n + j] = v;
                d[j * n + i] = v;
            }
        }
        return d;
    }

    static double squaredDistance(double[] x, int i, int j, int p) {
        double s = 0;
        for (int f = 0; f < p; f++) {
            double diff = x[i * p + f] - x[j * p + f];
            s += diff * diff;
        }
        return s;
    }

    /**
     * The exact method's joint probabilities as a square n × n matrix: (P + Pᵀ) / Σ, each
     * off-diagonal entry at least machine ε, the diagonal 0 (scikit-learn's condensed vector
     * through {@code squareform}).
     */
    static double[] jointExact(double[] x, int n, int p, double perplexity, double[] betas) {
        double[] conditional = conditional(squaredDistances(x, n, p), n, n, perplexity, false, betas);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sum += conditional[i * n + j] + conditional[j * n + i];
                }
            }
        }
        sum = Math.max(sum, MACHINE_EPSILON);
        double[] joint = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = Math.max((conditional[i * n + j] + conditional[j * n + i]) / sum, MACHINE_EPSILON);
                joint[i * n + j] = v;
                joint[j * n + i] = v;
            }
        }
        return joint;
    }

    /** How many neighbours Barnes–Hut keeps per point: min(n − 1, ⌊3·perplexity + 1⌋). */
    static int neighbourCount(int n, double perplexity) {
        return Math.min(n - 1, (int) (3.0 * perplexity + 1));
    }

    /**
     * Each point's k nearest neighbours (itself left out), nearest first, ties by index: n × k
     * indices. Brute force, squared distances compared as float32 as the search uses them.
     */
    static int[] nearestNeighbours(double[] x, int n, int p, int k) {
        int[] neighbours = new int[n * k];
        long[] keys = new long[n - 1];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    float d = (float) squaredDistance(x, i, j, p);
                    keys[m++] = ((long) Float.floatToIntBits(d) << 32) | j;
                }
            }
            Arrays.sort(keys);
            for (int r = 0; r < k; r++) {
                neighbours[i * k + r] = (int) keys[r];
            }
        }
        return neighbours;
    }

    /**
     * Barnes–Hut's joint probabilities over the k-nearest-neighbour graph: the conditional
     * probabilities of each row over its neighbours, symmetrized (P + Pᵀ on the union of the two
     * patterns) and divided by their sum.
     */
    static SparseAffinities jointNeighbours(double[] x, int n, int p, int[] neighbours, int k, double perplexity,
                                            double[] betas) {
        float[] sq = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                sq[i * k + r] = (float) squaredDistance(x, i, neighbours[i * k + r], p);
            }
        }
        double[] conditional = conditional(sq, n, k, perplexity, true, betas);
        // Every entry twice, (i, j) and (j, i); sorted by row then column, duplicates added.
        long[] keys = new long[2 * n * k];
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = neighbours[i * k + r];
                keys[m++] = (long) i * n + j;
                keys[m++] = (long) j * n + i;
            }
        }
        long[] order = new long[keys.length];
        for (int e = 0; e < keys.length; e++) {
            order[e] = keys[e] * keys.length + e;
        }
        Arrays.sort(order);
        int[] start = new int[n + 1];
        int[] columns = new int[keys.length];
        double[] values = new double[keys.length];
        int count = 0;
        long previous = -1;
        double sum = 0;
        for (long o : order) {
            int e = (int) (o % keys.length);
            long key = o / keys.length;
            double v = conditional[e / 2];
            if (key != previous) {
                columns[count] = (int) (key % n);
                start[(int) (key / n) + 1]++;
                values[count++] = v;
                previous = key;
            } else {
                values[count - 1] += v;
            }
            sum += v;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        sum = Math.max(sum, MACHINE_EPSILON);
        for (int e = 0; e < count; e++) {
            values[e] /= sum;
        }
        return new SparseAffinities(start, Arrays.copyOf(columns, count), Arrays.copyOf(values, count));
    }
}
