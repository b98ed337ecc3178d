package org.stepwise.algo.cluster;

import java.util.Arrays;
import org.stepwise.algo.cluster.HierarchicalEngine.Tree;

/**
 * Single linkage from the minimum spanning tree, as scikit-learn 1.2.1 builds it
 * ({@code linkage_tree}: {@code _hierarchical.mst_linkage_core}, then the edges sorted stably by
 * weight, then {@code single_linkage_label}): Prim's algorithm from point 0 records each edge as
 * (the point added last, the point added now, its distance to the tree so far); merge m is the
 * m-th lightest edge, joining the clusters of its two ends, in that order (which decides
 * scikit-learn's label numbers). Gower &amp; Ross (1969): single linkage's merges are the minimum
 * spanning tree's edges by weight. The tree is found when the run starts (O(n²) time, O(n)
 * memory); each step makes one union.
 */
final class SingleLinkageMerges implements HierarchicalEngine.Merges {

    private final Tree tree;
    private final int n;
    /** Edge e joins from[e] and to[e] at weight[e], in the order of weight (ties in Prim's order). */
    private final int[] from;
    private final int[] to;
    private final double[] weight;
    /** Union–find over nodes: each merge's node becomes the parent of its two children's roots. */
    private final int[] parent;

    SingleLinkageMerges(Tree tree) {
        this.tree = tree;
        this.n = tree.n();
        int[] edgeFrom = new int[n - 1];
        int[] edgeTo = new int[n - 1];
        double[] edgeWeight = new double[n - 1];
        boolean[] inTree = new boolean[n];
        double[] toTree = new double[n];
        Arrays.fill(toTree, Double.POSITIVE_INFINITY);
        int current = 0;
        for (int e = 0; e < n - 1; e++) {
            inTree[current] = true;
            double best = Double.POSITIVE_INFINITY;
            int next = 0;
            for (int j = 0; j < n; j++) {
                if (inTree[j]) {
                    continue;
                }
                toTree[j] = Math.min(toTree[j], tree.distance(current, j));
                if (toTree[j] < best) {
                    best = toTree[j];
                    next = j;
                }
            }
            edgeFrom[e] = current;
            edgeTo[e] = next;
            edgeWeight[e] = best;
            current = next;
        }
        // A stable sort by weight, as numpy's mergesort.
        Integer[] order = new Integer[n - 1];
        for (int e = 0; e < n - 1; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> Double.compare(edgeWeight[a], edgeWeight[b]));
        from = new int[n - 1];
        to = new int[n - 1];
        weight = new double[n - 1];
        for (int e = 0; e < n - 1; e++) {
            from[e] = edgeFrom[order[e]];
            to[e] = edgeTo[order[e]];
            weight[e] = edgeWeight[order[e]];
        }
        parent = new int[2 * n - 1];
        Arrays.fill(parent, -1);
    }

    @Override
    public void merge(int m) {
        int left = root(from[m]);
        int right = root(to[m]);
        tree.children()[2 * m] = left;
        tree.children()[2 * m + 1] = right;
        tree.heights()[m] = weight[m];
        tree.sizes()[m] = size(left) + size(right);
        parent[left] = n + m;
        parent[right] = n + m;
    }

    private int root(int node) {
        int r = node;
        while (parent[r] >= 0) {
            r = parent[r];
        }
        return r;
    }

    private int size(int node) {
        return node < n ? 1 : tree.sizes()[node - n];
    }
}
