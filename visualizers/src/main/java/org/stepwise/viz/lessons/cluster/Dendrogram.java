package org.stepwise.viz.lessons.cluster;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.stepwise.algo.cluster.HierarchicalSnapshot;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.TreeDiagramView;

/**
 * The dendrogram of the merges so far, on the shared {@link TreeDiagramView}: each tree of the
 * forest with its merges at their heights, leaves along the bottom (the trees side by side in the
 * order of their first point), the last merge outlined with its height and size, the leaves and
 * merges under the cut filled with their cluster's colour, and the cut as a dashed line the
 * learner drags.
 */
final class Dendrogram {

    private final TreeDiagramView view = new TreeDiagramView();

    Dendrogram() {
        view.setLevelsGoUp(true);
    }

    TreeDiagramView view() { return view; }

    /** Told the cut's height while the learner drags it. */
    void setCutListener(DoubleConsumer listener) { view.setCutListener(listener); }

    /**
     * Shows {@code s} cut at {@code cut} (NaN for no line), each point coloured as
     * {@code colourOf[row]} (−1: no colour, a cluster of one).
     */
    void show(HierarchicalSnapshot s, double cut, int[] colourOf) {
        int n = s.size();
        int nodes = s.nodeCount();
        int[] firstRow = new int[nodes];
        boolean[] hasParent = new boolean[nodes];
        for (int node = 0; node < nodes; node++) {
            firstRow[node] = node < n ? node : Math.min(firstRow[s.leftChild(node)], firstRow[s.rightChild(node)]);
            if (node >= n) {
                hasParent[s.leftChild(node)] = true;
                hasParent[s.rightChild(node)] = true;
            }
        }
        int[] roots = java.util.stream.IntStream.range(0, nodes).filter(node -> !hasParent[node]).boxed()
                .sorted((a, b) -> Integer.compare(firstRow[a], firstRow[b])).mapToInt(Integer::intValue).toArray();
        int highlighted = s.lastMerge() < 0 ? -1 : n + s.lastMerge();
        view.change(() -> {
            view.setForest(nodes, roots, s::leftChild, s::rightChild, s::nodeHeight);
            view.setFill(node -> {
                // A merge below the cut, or a leaf, takes its cluster's colour (that of its first point).
                boolean under = node < n || s.nodeHeight(node) < cut || Double.isNaN(cut);
                int colour = colourOf[firstRow[node]];
                return under && colour >= 0 ? ColorMaps.classColor(colour) : null;
            });
            view.setText(node -> node == highlighted ? lines(s, node - n) : List.of());
            view.setHighlighted(highlighted);
            view.setCut(cut);
            view.setTitle(String.format(Locale.ROOT, "Dendrogram: %d of %d merges, %s", s.mergeCount(),
                    n - 1, s.linkage()));
        });
    }

    private static List<String> lines(HierarchicalSnapshot s, int m) {
        return List.of("merge " + (m + 1), String.format(Locale.ROOT, "height %.4g", s.height(m)),
                s.mergeSize(m) + " points");
    }

    void setDark(boolean dark) { view.setDark(dark); }

}
