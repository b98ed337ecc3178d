package org.stepwise.algo.cluster;

/**
 * Cuts a merge tree into flat clusters. {@link #labels} is scikit-learn 1.2.1's {@code _hc_cut}
 * (sklearn/cluster/_agglomerative.py): from the root, the node with the largest number is split
 * into its two children until there are k clusters, and cluster i is the i-th node of the heap
 * that holds them, in Python's {@code heapq} array order, which this class repeats so that the
 * label numbers agree too. {@link #clusterCount} is scikit-learn's {@code n_clusters_} for a
 * distance threshold: one more than the merges at or above it.
 */
final class TreeCut {

    private TreeCut() {
    }

    /**
     * The k-cluster labels of n leaves from the full tree's n − 1 merges ({@code children} as
     * pairs at 2m, 2m + 1). Modifies nothing.
     */
    static int[] labels(int k, int[] children, int n) {
        // The heap holds node numbers negated, as scikit-learn's does, so the largest node is on top.
        int[] heap = new int[k];
        int count = 1;
        heap[0] = -(Math.max(children[2 * (n - 2)], children[2 * (n - 2) + 1]) + 1);
        for (int c = 0; c < k - 1; c++) {
            int merge = -heap[0] - n;
            heap[count++] = -children[2 * merge];
            siftDown(heap, 0, count - 1);
            int item = -children[2 * merge + 1];
            // heapq.heappushpop: the new item replaces the top when the top is smaller, then sifts into place.
            if (heap[0] < item) {
                heap[0] = item;
                siftUp(heap, count, 0);
            }
        }
        int[] label = new int[n];
        for (int i = 0; i < count; i++) {
            markLeaves(-heap[i], i, children, n, label);
        }
        return label;
    }

    /** How many clusters a distance threshold leaves: 1 + the merges at heights ≥ threshold. */
    static int clusterCount(double threshold, double[] heights, int merges) {
        int count = 1;
        for (int m = 0; m < merges; m++) {
            if (heights[m] >= threshold) {
                count++;
            }
        }
        return count;
    }

    private static void markLeaves(int top, int value, int[] children, int n, int[] label) {
        int[] stack = new int[n];
        int depth = 0;
        stack[depth++] = top;
        while (depth > 0) {
            int node = stack[--depth];
            if (node < n) {
                label[node] = value;
            } else {
                stack[depth++] = children[2 * (node - n)];
                stack[depth++] = children[2 * (node - n) + 1];
            }
        }
    }

    /** heapq._siftdown: moves the item at pos up towards start while it is smaller than its parent. */
    private static void siftDown(int[] heap, int start, int pos) {
        int item = heap[pos];
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            if (item < heap[parent]) {
                heap[pos] = heap[parent];
                pos = parent;
            } else {
                break;
            }
        }
        heap[pos] = item;
    }

    /** heapq._siftup: moves the smaller child up until pos is a leaf, then sifts the item back down. */
    private static void siftUp(int[] heap, int end, int pos) {
        int start = pos;
        int item = heap[pos];
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !(heap[child] < heap[right])) {
                child = right;
            }
            heap[pos] = heap[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap[pos] = item;
        siftDown(heap, start, pos);
    }
}
