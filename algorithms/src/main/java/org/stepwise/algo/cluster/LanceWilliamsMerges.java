package org.stepwise.algo.cluster;

import org.stepwise.algo.cluster.HierarchicalEngine.Tree;

/**
 * Ward, complete and average linkage: merge the globally closest pair of clusters, then update
 * the distances from the merged cluster to every other by the Lance–Williams formula
 * ({@link Linkage}). This is the "primitive" algorithm of Müllner (2011), Fig. 1, sped up by
 * keeping each cluster's nearest neighbour (his "generic" algorithm's idea): a merge scans the n
 * nearest-neighbour distances, not the n² pairs, and rescans only the clusters whose nearest
 * neighbour was one of the pair. scikit-learn 1.2.1 builds these trees with SciPy's
 * {@code linkage} (a nearest-neighbour chain, its merges sorted by height); the three linkages are
 * reducible, so both give the same tree, and SciPy's pair order, the smaller node first. Where
 * heights tie, the pair with the lowest slot merges first (SciPy may choose another pair at the
 * same height). O(n²) memory: the factory caps n.
 */
final class LanceWilliamsMerges implements HierarchicalEngine.Merges {

    /** From how many points the pairwise distances are found on both cores (below it a thread costs more than it saves). */
    private static final int PARALLEL_FROM = 400;

    private final Tree tree;
    private final int n;
    /** The distance between the clusters in slots a and b, at a·n + b and b·n + a. */
    private final double[] distance;
    private final boolean[] active;
    /** The tree node of the cluster in each slot (a leaf, then n + the merge that made it). */
    private final int[] node;
    private final int[] size;
    private final int[] nearest;
    private final double[] nearestDistance;

    LanceWilliamsMerges(Tree tree) {
        this.tree = tree;
        this.n = tree.n();
        distance = new double[n * n];
        active = new boolean[n];
        node = new int[n];
        size = new int[n];
        nearest = new int[n];
        nearestDistance = new double[n];
        for (int a = 0; a < n; a++) {
            active[a] = true;
            node[a] = a;
            size[a] = 1;
        }
        if (n < PARALLEL_FROM) {
            fillDistances(0, n);
        } else {
            // Both cores, each on half the pairs: rows 0..split hold as many pairs above the diagonal as the rest.
            int split = (int) Math.round(n * (1 - Math.sqrt(0.5)));
            java.util.concurrent.ForkJoinTask<?> upper = java.util.concurrent.ForkJoinPool.commonPool()
                    .submit(() -> fillDistances(0, split));
            fillDistances(split, n);
            upper.join();
        }
        for (int a = 0; a < n; a++) {
            rescan(a);
        }
    }

    /** Rows a in [from, to): the distances to every later point, written on both sides of the diagonal. */
    private void fillDistances(int from, int to) {
        for (int a = from; a < to; a++) {
            for (int b = a + 1; b < n; b++) {
                double dab = tree.distance(a, b);
                distance[a * n + b] = dab;
                distance[b * n + a] = dab;
            }
        }
    }

    @Override
    public void merge(int m) {
        int first = -1;
        for (int a = 0; a < n; a++) {
            if (active[a] && (first < 0 || nearestDistance[a] < nearestDistance[first])) {
                first = a;
            }
        }
        int i = Math.min(first, nearest[first]);
        int j = Math.max(first, nearest[first]);
        double dij = distance[i * n + j];
        tree.children()[2 * m] = Math.min(node[i], node[j]);
        tree.children()[2 * m + 1] = Math.max(node[i], node[j]);
        tree.heights()[m] = dij;
        tree.sizes()[m] = size[i] + size[j];
        for (int k = 0; k < n; k++) {
            if (active[k] && k != i && k != j) {
                double merged = tree.linkage().update(distance[k * n + i], distance[k * n + j], dij, size[i], size[j],
                        size[k]);
                distance[k * n + i] = merged;
                distance[i * n + k] = merged;
            }
        }
        active[j] = false;
        node[i] = n + m;
        size[i] += size[j];
        for (int k = 0; k < n; k++) {
            if (!active[k] || k == i) {
                continue;
            }
            if (nearest[k] == i || nearest[k] == j) {
                rescan(k);
            } else if (distance[k * n + i] < nearestDistance[k]) {
                nearest[k] = i;
                nearestDistance[k] = distance[k * n + i];
            }
        }
        rescan(i);
    }

    /** Finds slot a's nearest active cluster (the lowest slot among equals); none when a is alone. */
    private void rescan(int a) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int b = 0; b < n; b++) {
            if (active[b] && b != a && (best < 0 || distance[a * n + b] < bestDistance)) {
                best = b;
                bestDistance = distance[a * n + b];
            }
        }
        nearest[a] = best;
        nearestDistance[a] = best < 0 ? Double.POSITIVE_INFINITY : bestDistance;
    }
}
