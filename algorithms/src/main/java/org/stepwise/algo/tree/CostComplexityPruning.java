package org.stepwise.algo.tree;

import java.util.Arrays;

/**
 * Minimal cost-complexity pruning (Breiman, Friedman, Olshen &amp; Stone 1984, ch. 3), as
 * scikit-learn 1.2.1's {@code _cost_complexity_prune} ({@code sklearn/tree/_tree.pyx}) does it:
 * with {@code R(t) = N_t·i_t / N}, the branch below t costs {@code R(T_t)}, the sum over its
 * leaves, and pruning it saves {@code |T_t| − 1} leaves for a cost of {@code R(t) − R(T_t)}; the
 * internal node with the smallest effective α {@code (R(t) − R(T_t)) / (|T_t| − 1)} (the first in
 * scikit-learn's depth-first numbering on a tie) is pruned, again and again, until the root is a
 * leaf. The sequence is {@code cost_complexity_pruning_path}: its {@code ccp_alphas} start at 0
 * and its {@code impurities} are the total leaf cost after each pruning. A fit with
 * {@code ccp_alpha} keeps pruning while the effective α is at most {@code ccp_alpha}.
 */
public final class CostComplexityPruning {

    private final DecisionTree tree;
    /** The effective α of each pruning, after the path's first entry 0. */
    private final double[] alphas;
    private final double[] impurities;
    /** The node each pruning makes a leaf, in the tree's numbering. */
    private final int[] pruned;

    private CostComplexityPruning(DecisionTree tree, double[] alphas, double[] impurities, int[] pruned) {
        this.tree = tree;
        this.alphas = alphas;
        this.impurities = impurities;
        this.pruned = pruned;
    }

    /** The pruning sequence of a grown tree. */
    public static CostComplexityPruning of(DecisionTree tree) {
        int[] order = tree.preorder();
        int count = tree.nodeCount();
        double total = tree.weight(0);
        double[] rNode = new double[count];
        double[] rBranch = new double[count];
        int[] leaves = new int[count];
        boolean[] leaf = new boolean[count];
        boolean[] in = new boolean[count];
        for (int node : order) {
            in[node] = true;
            leaf[node] = tree.isLeaf(node);
            rNode[node] = tree.weight(node) * tree.impurity(node) / total;
        }
        for (int node : order) {
            if (leaf[node]) {
                for (int up = node; up >= 0; up = tree.parent(up)) {
                    leaves[up]++;
                    rBranch[up] += rNode[node];
                }
            }
        }
        double[] alphas = new double[order.length];
        double[] impurities = new double[order.length];
        int[] pruned = new int[order.length];
        int steps = 0;
        alphas[0] = 0.0;
        impurities[0] = rBranch[0];
        while (!leaf[0]) {
            double effective = Double.MAX_VALUE;
            int best = -1;
            for (int node : order) {
                if (!in[node] || leaf[node]) {
                    continue;
                }
                double alpha = (rNode[node] - rBranch[node]) / (leaves[node] - 1);
                if (alpha < effective) {
                    effective = alpha;
                    best = node;
                }
            }
            for (int node : order) {
                if (node != best && inside(tree, node, best)) {
                    in[node] = false;
                    leaf[node] = false;
                }
            }
            leaf[best] = true;
            int prunedLeaves = leaves[best] - 1;
            leaves[best] = 0;
            double diff = rNode[best] - rBranch[best];
            rBranch[best] = rNode[best];
            for (int up = tree.parent(best); up >= 0; up = tree.parent(up)) {
                leaves[up] -= prunedLeaves;
                rBranch[up] += diff;
            }
            pruned[steps++] = best;
            alphas[steps] = effective;
            impurities[steps] = rBranch[0];
        }
        return new CostComplexityPruning(tree, Arrays.copyOf(alphas, steps + 1), Arrays.copyOf(impurities, steps + 1),
                Arrays.copyOf(pruned, steps));
    }

    private static boolean inside(DecisionTree tree, int node, int ancestor) {
        for (int up = tree.parent(node); up >= 0; up = tree.parent(up)) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** {@code ccp_alphas} of {@code cost_complexity_pruning_path}. */
    public double[] alphas() { return alphas.clone(); }

    /** {@code impurities} of the path: the pruned tree's total leaf cost Σ N_t·i_t / N at each α. */
    public double[] impurities() { return impurities.clone(); }

    /** How many prunings a fit with {@code ccpAlpha} makes: while the next effective α is at most it. */
    public int prunings(double ccpAlpha) {
        int done = 0;
        while (done < pruned.length && !(ccpAlpha < alphas[done + 1])) {
            done++;
        }
        return done;
    }

    /** The tree pruned at {@code ccpAlpha}, in the grown tree's numbering. */
    public DecisionTree prune(double ccpAlpha) {
        int done = prunings(ccpAlpha);
        return done == 0 ? tree : tree.withPruned(pruned, done);
    }

    /** The node made a leaf by pruning number i (from 0). */
    public int prunedNode(int i) { return pruned[i]; }
}
