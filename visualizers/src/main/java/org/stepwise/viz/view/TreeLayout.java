package org.stepwise.viz.view;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * Where the nodes of a binary tree stand, in layout units: the leaves one unit apart from left to
 * right in the order a depth-first walk meets them, each internal node midway over its two
 * children; a node's height is what the caller says: its depth for a decision tree (root at 0,
 * growing down), or a merge distance for a dendrogram (leaves at 0, merges above). Pure arithmetic,
 * shared by {@link TreeDiagramView} and tested on its own.
 */
public final class TreeLayout {

    private final double[] x;
    private final double[] level;
    private final int leaves;
    private final double maxLevel;

    /** The distance across to the nearest node at the same level (infinite for a node alone on its level). */
    private final double[] room;

    private TreeLayout(double[] x, double[] level, int leaves, double maxLevel) {
        this.x = x;
        this.level = level;
        this.leaves = leaves;
        this.maxLevel = maxLevel;
        this.room = new double[x.length];
        java.util.Arrays.fill(room, Double.POSITIVE_INFINITY);
        Integer[] placed = java.util.stream.IntStream.range(0, x.length).filter(n -> !Double.isNaN(x[n]))
                .boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(placed, (a, b) -> level[a] != level[b] ? Double.compare(level[a], level[b])
                : Double.compare(x[a], x[b]));
        for (int i = 1; i < placed.length; i++) {
            int a = placed[i - 1];
            int b = placed[i];
            if (level[a] == level[b]) {
                double gap = x[b] - x[a];
                room[a] = Math.min(room[a], gap);
                room[b] = Math.min(room[b], gap);
            }
        }
    }

    /**
     * Lays out the tree under {@code root} of {@code nodeCount} nodes; {@code left}/{@code right}
     * give a node's children (-1 at a leaf), {@code height} its level. Nodes not under the root are
     * given NaN.
     */
    public static TreeLayout of(int nodeCount, int root, IntUnaryOperator left, IntUnaryOperator right,
                                IntToDoubleFunction height) {
        return of(nodeCount, new int[] {root}, left, right, height);
    }

    /**
     * Lays out a forest: the trees under {@code roots} side by side in that order, their leaves
     * numbered on across (a dendrogram part-way through its merges). Nodes under no root are given NaN.
     */
    public static TreeLayout of(int nodeCount, int[] roots, IntUnaryOperator left, IntUnaryOperator right,
                                IntToDoubleFunction height) {
        double[] x = new double[nodeCount];
        double[] level = new double[nodeCount];
        java.util.Arrays.fill(x, Double.NaN);
        java.util.Arrays.fill(level, Double.NaN);
        int[] stack = new int[Math.max(nodeCount, 1) * 2];
        boolean[] visited = new boolean[nodeCount];
        int top = 0;
        int leaves = 0;
        double maxLevel = 0;
        for (int root : roots) {
            stack[top++] = root;
            // Post-order: children first, so a parent can sit midway over them.
            while (top > 0) {
                int node = stack[top - 1];
                int l = left.applyAsInt(node);
                if (l < 0) {
                    x[node] = leaves++;
                    top--;
                } else if (!visited[node]) {
                    visited[node] = true;
                    stack[top++] = right.applyAsInt(node);
                    stack[top++] = l;
                } else {
                    x[node] = (x[l] + x[right.applyAsInt(node)]) / 2;
                    top--;
                }
                level[node] = height.applyAsDouble(node);
                maxLevel = Math.max(maxLevel, level[node]);
            }
        }
        return new TreeLayout(x, level, leaves, maxLevel);
    }

    /** The node's place across, from 0 (the first leaf) to {@link #leafCount()} − 1; NaN when not in the tree. */
    public double x(int node) { return x[node]; }

    /** The node's height as given (depth or merge distance); NaN when not in the tree. */
    public double level(int node) { return level[node]; }

    public int leafCount() { return leaves; }

    /**
     * How far across the nearest other node at the same level stands, in layout units (infinite
     * when the node is alone on its level): how wide its box may be drawn.
     */
    public double room(int node) { return room[node]; }

    /** The largest level of a node in the tree. */
    public double maxLevel() { return maxLevel; }
}
