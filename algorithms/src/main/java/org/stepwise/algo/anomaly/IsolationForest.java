package org.stepwise.algo.anomaly;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.stepwise.algo.Randomness;

/**
 * Isolation Forest (Liu, Ting &amp; Zhou, ICDM 2008; scikit-learn 1.2.1's
 * {@code IsolationForest}, {@code sklearn/ensemble/_iforest.py}): trees grown on sub-samples of
 * ψ points drawn without replacement ({@link IsolationTree}); a point's score is
 * s(x) = 2^(−E[h(x)]/c(ψ)), near 1 for a point isolated in few cuts, about 0.5 or less for a
 * normal one. {@link #scoreSamples} gives −s, scikit-learn's {@code score_samples} (lower is more
 * abnormal).
 *
 * <p>Tree t is grown from its own generator, seeded by the t-th draw of the run's generator, so
 * a forest is the same whether its trees are grown one a step (the lesson) or all at once across
 * the cores ({@link #fit}).
 */
public final class IsolationForest {

    private final IsolationTree[] trees;
    private final int psi;

    public IsolationForest(List<IsolationTree> trees, int psi) {
        this.trees = trees.toArray(new IsolationTree[0]);
        this.psi = psi;
    }

    /** Fits {@code count} trees on the n rows of x (row-major, d features), the trees split across the cores. */
    public static IsolationForest fit(double[] x, int n, int d, int count, int psi, long seed) {
        long[] seeds = treeSeeds(seed, count);
        IsolationTree[] grown = new IsolationTree[count];
        IntStream.range(0, count).parallel().forEach(t -> grown[t] = growTree(x, n, d, psi, seeds[t], new int[n]));
        return new IsolationForest(List.of(grown), psi);
    }

    /** The seeds of the trees, drawn in order from the run's generator. */
    static long[] treeSeeds(long seed, int count) {
        RandomGenerator random = Randomness.generator(seed);
        long[] seeds = new long[count];
        for (int t = 0; t < count; t++) {
            seeds[t] = random.nextLong();
        }
        return seeds;
    }

    /**
     * One tree on ψ rows drawn without replacement (a partial Fisher–Yates shuffle of
     * {@code order}, length n, scratch).
     */
    static IsolationTree growTree(double[] x, int n, int d, int psi, long seed, int[] order) {
        RandomGenerator random = Randomness.generator(seed);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < psi; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return IsolationTree.grow(x, d, order, psi, random);
    }

    public int treeCount() { return trees.length; }

    public IsolationTree tree(int t) { return trees[t]; }

    public int psi() { return psi; }

    /** −2^(−E[h(x)]/c(ψ)) for each of the n rows of x, scikit-learn's {@code score_samples}, across the cores. */
    public double[] scoreSamples(double[] x, int n, int d) {
        double[] scores = new double[n];
        double norm = trees.length * PathLength.average(psi);
        int pieces = Math.min(n, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, pieces).parallel().forEach(piece -> {
            int from = (int) ((long) n * piece / pieces);
            int to = (int) ((long) n * (piece + 1) / pieces);
            for (int i = from; i < to; i++) {
                double sum = 0;
                for (IsolationTree tree : trees) {
                    sum += tree.pathLength(x, i * d);
                }
                scores[i] = -Math.pow(2, -sum / norm);
            }
        });
        return scores;
    }

    /** s from the summed path lengths over {@code count} trees: 2^(−(sum/count)/c(ψ)). */
    public static double score(double pathSum, int count, int psi) {
        return Math.pow(2, -pathSum / (count * PathLength.average(psi)));
    }
}
