package org.stepwise.algo.neighbors;

import java.util.stream.IntStream;

/**
 * Each training point's k nearest other points, as scikit-learn 1.2.1's {@code kneighbors()}
 * with no query gives them ({@code sklearn/neighbors/_base.py}): k + 1 are found and the point
 * itself is left out; when more than k points coincide with it and it is not among them, the
 * first is left out instead. Also k nearest training points of a new place (the first k of
 * k + 1). Euclidean and exact: by a {@link KdTree} for up to {@link NeighborSearch#FEW} features,
 * else by {@link NeighborSearch}; ties at the k-th distance go to the lower row. The local outlier factor is built on it.
 *
 * <p>Immutable; queries from several threads each use their own scratch (made on a thread's
 * first query), so a query allocates nothing.
 */
public final class TrainingNeighbors {

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final NeighborMetric metric = NeighborMetric.of(NeighborMetric.EUCLIDEAN, 2);
    /** The search for few features (a plane), else null. */
    private final KdTree tree;
    /** The search for more features, else null. */
    private final NeighborSearch search;
    private final ThreadLocal<Scratch> scratch;

    private static final class Scratch {
        final int[] indices;
        final double[] reduced;
        final double[] reordered;
        final double[] bounds;

        Scratch(int k, int n, int d) {
            indices = new int[k + 1];
            reduced = new double[k + 1];
            reordered = new double[d];
            bounds = new double[d <= NeighborSearch.FEW ? 0 : n];
        }
    }

    /** x: n rows of d features, row-major (kept, not copied); 1 ≤ k &lt; n. */
    public TrainingNeighbors(double[] x, int n, int d, int k) {
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be between 1 and " + (n - 1) + "; got " + k);
        }
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        boolean few = d <= NeighborSearch.FEW;
        this.tree = few ? new KdTree(x, n, d, k + 1) : null;
        this.search = few ? null : new NeighborSearch(x, n, d, k + 1, metric);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(k, n, d));
    }

    public int k() { return k; }

    /**
     * Every training point's k nearest others, nearest first: row i's into
     * {@code indices[i·k .. (i + 1)·k)} and {@code distances} alike; the points split across the cores.
     */
    public void ofTraining(int[] indices, double[] distances) {
        int pieces = Math.min(n, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, pieces).parallel().forEach(piece -> {
            int from = (int) ((long) n * piece / pieces);
            int to = (int) ((long) n * (piece + 1) / pieces);
            for (int i = from; i < to; i++) {
                others(i, indices, distances);
            }
        });
    }

    private void others(int i, int[] indices, double[] distances) {
        Scratch s = scratch.get();
        nearest(x, i * d, s);
        int skip = 0;
        while (skip < k && s.indices[skip] != i) {
            skip++;
        }
        // itself absent (more than k points coincide with it): scikit-learn drops the first
        if (s.indices[skip] != i) {
            skip = 0;
        }
        for (int j = 0, out = i * k; j <= k; j++) {
            if (j != skip) {
                indices[out] = s.indices[j];
                distances[out++] = metric.toDistance(s.reduced[j]);
            }
        }
    }

    private void nearest(double[] query, int at, Scratch s) {
        if (tree != null) {
            tree.kneighbors(query, at, s.indices, s.reduced);
        } else {
            search.kneighbors(query, at, s.reordered, s.bounds, s.indices, s.reduced);
        }
    }

    /** The k nearest training points to {@code query[at .. at + d)}, nearest first. Allocates nothing. */
    public void kneighbors(double[] query, int at, int[] indices, double[] distances) {
        Scratch s = scratch.get();
        nearest(query, at, s);
        for (int j = 0; j < k; j++) {
            indices[j] = s.indices[j];
            distances[j] = metric.toDistance(s.reduced[j]);
        }
    }
}
