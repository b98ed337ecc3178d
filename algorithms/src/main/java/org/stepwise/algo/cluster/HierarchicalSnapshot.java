package org.stepwise.algo.cluster;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.cluster.HierarchicalEngine.Tree;

/**
 * Agglomerative clustering after some merges: the forest they have built (node numbers as
 * scikit-learn's: leaves 0..n−1, merge m makes node n + m), the merge the last step made, and the
 * clusters a cut at some height leaves.
 *
 * <p>Metrics: {@code children} (the merges so far, scikit-learn's {@code children_} at the end),
 * {@code distances} (their heights, {@code distances_}), {@code labels} (at the end,
 * scikit-learn's {@code labels_}, cut at {@code nClusters} or at {@code distanceThreshold}; before
 * it, the clusters the merges so far have formed below the threshold, numbered in the order of
 * their first row), {@code n_clusters} (how many clusters those labels hold), {@code merges}
 * and {@code merge_distance} (the last merge's height).
 */
public final class HierarchicalSnapshot implements Snapshot {

    private static final Scalars<HierarchicalSnapshot> SCALARS = Scalars.<HierarchicalSnapshot>builder()
            .count("n_clusters", HierarchicalSnapshot::clusterCount)
            .count("merges", HierarchicalSnapshot::mergeCount)
            .scalarWhileDefined("merge_distance", s -> s.lastMerge < 0 ? Double.NaN : s.height(s.lastMerge))
            .build();

    private final int step;
    private final StepResult status;
    private final Tree tree;
    private final int lastMerge;
    private final int[] labels;

    HierarchicalSnapshot(int step, StepResult status, Tree tree, int lastMerge) {
        this.step = step;
        this.status = status;
        this.tree = tree;
        this.lastMerge = lastMerge;
        this.labels = computeLabels();
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** How many points (leaves). */
    public int size() { return tree.n(); }

    public int featureCount() { return tree.d(); }

    /** Feature j of point i, as fitted. */
    public double feature(int i, int j) { return tree.x()[i * tree.d() + j]; }

    public List<String> featureNames() { return tree.featureNames(); }

    /** "single", "complete", "average" or "ward". */
    public String linkage() { return tree.linkage().id(); }

    /** The number of clusters asked for, 0 when the tree is cut at {@link #distanceThreshold()}. */
    public int nClusters() { return tree.nClusters(); }

    /** The height the tree is cut at, 0 when it is cut at {@link #nClusters()}. */
    public double distanceThreshold() { return tree.distanceThreshold(); }

    /** How many merges are done: the step. */
    public int mergeCount() { return step; }

    /** The merge the last step made, −1 before the first. */
    public int lastMerge() { return lastMerge; }

    /** Merge m's first (smaller) node. */
    public int left(int m) { return tree.children()[2 * m]; }

    /** Merge m's second node. */
    public int right(int m) { return tree.children()[2 * m + 1]; }

    /** Merge m's linkage distance: the height it stands at in the dendrogram. */
    public double height(int m) { return tree.heights()[m]; }

    /** How many points merge m's cluster holds. */
    public int mergeSize(int m) { return tree.sizes()[m]; }

    /** Nodes in the forest so far: the leaves and one per merge. */
    public int nodeCount() { return tree.n() + step; }

    /** A node's first child, −1 for a leaf. */
    public int leftChild(int node) { return node < tree.n() ? -1 : left(node - tree.n()); }

    /** A node's second child, −1 for a leaf. */
    public int rightChild(int node) { return node < tree.n() ? -1 : right(node - tree.n()); }

    /** A node's height: 0 for a leaf, its merge's distance otherwise. */
    public double nodeHeight(int node) { return node < tree.n() ? 0 : height(node - tree.n()); }

    /**
     * The node each point's cluster is when the merges so far are cut at {@code height}: merges
     * below it joined, those at or above it not (scikit-learn's threshold rule).
     */
    public int[] clusterNodes(double height) {
        int n = tree.n();
        int[] top = new int[n + step];
        for (int node = 0; node < top.length; node++) {
            top[node] = node;
        }
        // Parents are numbered after their children: a pass from the newest merge down reaches a parent first.
        for (int m = step - 1; m >= 0; m--) {
            int parent = n + m;
            int joined = height(m) < height ? top[parent] : -1;
            top[left(m)] = joined < 0 ? left(m) : joined;
            top[right(m)] = joined < 0 ? right(m) : joined;
        }
        return java.util.Arrays.copyOf(top, n);
    }

    /** The points under a node of the forest (a leaf is its own point), in depth-first order. */
    public int[] members(int node) {
        int n = tree.n();
        int count = node < n ? 1 : mergeSize(node - n);
        int[] rows = new int[count];
        int[] stack = new int[count + 1];
        int depth = 0;
        int found = 0;
        stack[depth++] = node;
        while (depth > 0) {
            int at = stack[--depth];
            if (at < n) {
                rows[found++] = at;
            } else {
                stack[depth++] = right(at - n);
                stack[depth++] = left(at - n);
            }
        }
        return rows;
    }

    /**
     * The height a cut stands at: the threshold when one is set; with {@code nClusters}, once the
     * tree is complete, midway between the last merge kept and the first cut; NaN before that or
     * for one cluster (no cut).
     */
    public double cutHeight() {
        if (tree.nClusters() == 0) {
            return tree.distanceThreshold();
        }
        int k = tree.nClusters();
        int n = tree.n();
        if (!isComplete() || k <= 1) {
            return Double.NaN;
        }
        return k >= n ? height(0) / 2 : (height(n - k - 1) + height(n - k)) / 2;
    }

    /** Whether all n − 1 merges are done. */
    public boolean isComplete() { return step == tree.n() - 1; }

    /** Each point's cluster (see the class comment). */
    public int label(int i) { return labels[i]; }

    /** How many clusters {@link #label} holds. */
    public int clusterCount() {
        int most = -1;
        for (int value : labels) {
            most = Math.max(most, value);
        }
        return most + 1;
    }

    private int[] computeLabels() {
        int n = tree.n();
        if (isComplete()) {
            int k = tree.nClusters() > 0 ? tree.nClusters()
                    : TreeCut.clusterCount(tree.distanceThreshold(), tree.heights(), n - 1);
            return TreeCut.labels(k, tree.children(), n);
        }
        double cut = tree.nClusters() > 0 ? Double.POSITIVE_INFINITY : tree.distanceThreshold();
        int[] nodes = clusterNodes(cut);
        int[] numberOf = new int[n + step];
        java.util.Arrays.fill(numberOf, -1);
        int next = 0;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (numberOf[nodes[i]] < 0) {
                numberOf[nodes[i]] = next++;
            }
            out[i] = numberOf[nodes[i]];
        }
        return out;
    }

    @Override
    public String narration() { return HierarchicalNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = HierarchicalNarration.full(this);
        return full.length() <= characters ? full : HierarchicalNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        double[][] children = new double[step][];
        double[] distances = new double[step];
        for (int m = 0; m < step; m++) {
            children[m] = new double[] {left(m), right(m)};
            distances[m] = height(m);
        }
        double[] labelValues = new double[tree.n()];
        for (int i = 0; i < labelValues.length; i++) {
            labelValues[i] = label(i);
        }
        return SCALARS.addTo(Metrics.builder(), this).matrix("children", children).vector("distances", distances)
                .vector("labels", labelValues).build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HierarchicalSnapshot[step %d, %s, %s]", step, status, linkage());
    }
}
