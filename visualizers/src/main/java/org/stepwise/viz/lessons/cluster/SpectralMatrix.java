package org.stepwise.viz.lessons.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.stepwise.algo.cluster.SpectralSnapshot;
import org.stepwise.algo.cluster.SpectralStage;
import org.stepwise.viz.view.MatrixHeatmapView;

/**
 * The spectral lesson's matrix: the affinity matrix A (viridis from 0 to 1), or at the Laplacian
 * stage L (diverging, its off-diagonal range), ordered so the clusters' blocks show: by cluster
 * once k-means has labelled the points (within a cluster by the second eigenvector, the Fiedler
 * vector), by the Fiedler vector once the embedding exists, by connected component at the
 * Laplacian stage; with a strip in each point's cluster (or component) colour. Set again only when
 * what it shows changes.
 */
final class SpectralMatrix {

    private final MatrixHeatmapView view = new MatrixHeatmapView();
    private SpectralSnapshot matrixOf;
    private String shownKey = "";

    MatrixHeatmapView view() { return view; }

    void show(SpectralSnapshot s) {
        view.setVisible(s.hasAffinity());
        if (!s.hasAffinity()) {
            return;
        }
        boolean laplacian = s.stage() == SpectralStage.LAPLACIAN;
        int[] groups = groups(s);
        String key = laplacian + "|" + s.hasEmbedding() + "|" + Arrays.toString(groups);
        if (key.equals(shownKey) && s.sameStagesAs(matrixOf)) {
            return;
        }
        shownKey = key;
        matrixOf = s;
        int n = s.pointCount();
        if (laplacian) {
            view.setMatrix(n, n, s::laplacian, new MatrixHeatmapView.Scale.Diverging(largestOffDiagonal(s)),
                    i -> "", i -> "");
            view.setTitle("Laplacian L (blue < 0 < red)", "%.2f");
        } else {
            view.setMatrix(n, n, s::affinity, new MatrixHeatmapView.Scale.Sequential(0, 1), i -> "", i -> "");
            view.setTitle(s.hasEmbedding() ? "Affinity A, ordered by cluster" : "Affinity A", "%.2f");
        }
        int[] order = order(s, groups);
        view.setOrder(order, order, groups, groups);
    }

    private static int[] groups(SpectralSnapshot s) {
        int n = s.pointCount();
        if (s.kmeans() != null && s.label(0) >= 0) {
            return IntStream.range(0, n).map(s::label).toArray();
        }
        if (s.componentCount() > 1) {
            return IntStream.range(0, n).map(s::component).toArray();
        }
        return null;
    }

    private static int[] order(SpectralSnapshot s, int[] groups) {
        Comparator<Integer> byGroup = Comparator.comparingInt(i -> groups == null ? 0 : groups[i]);
        Comparator<Integer> byFiedler = s.hasEmbedding() && s.clusterCount() > 1
                ? Comparator.comparingDouble(i -> s.embedding(i, 1)) : Comparator.comparingInt(i -> i);
        return IntStream.range(0, s.pointCount()).boxed().sorted(byGroup.thenComparing(byFiedler))
                .mapToInt(Integer::intValue).toArray();
    }

    private static double largestOffDiagonal(SpectralSnapshot s) {
        double largest = 0;
        for (int i = 0; i < s.pointCount(); i++) {
            for (int j = 0; j < s.pointCount(); j++) {
                if (i != j) {
                    largest = Math.max(largest, Math.abs(s.laplacian(i, j)));
                }
            }
        }
        return largest;
    }
}
