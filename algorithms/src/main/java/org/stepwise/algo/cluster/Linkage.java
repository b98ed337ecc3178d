package org.stepwise.algo.cluster;

import java.util.Locale;

/**
 * How the distance from a cluster k to a merged cluster i ∪ j follows from the distances before
 * the merge: the Lance–Williams update (Lance &amp; Williams 1967; Müllner 2011, "Modern
 * hierarchical, agglomerative clustering algorithms", Table 1), on plain Euclidean distances as
 * SciPy's {@code linkage} keeps them (scikit-learn 1.2.1's {@code AgglomerativeClustering} builds
 * its unstructured trees with it). Ward's distance is √(2·ΔSSE): d(i, j)² = 2·nᵢnⱼ/(nᵢ+nⱼ)·‖cᵢ − cⱼ‖².
 */
enum Linkage {
    /** d(k, i∪j) = min(d(k, i), d(k, j)): the two closest points. */
    SINGLE,
    /** d(k, i∪j) = max(d(k, i), d(k, j)): the two farthest points. */
    COMPLETE,
    /** d(k, i∪j) = (nᵢ·d(k, i) + nⱼ·d(k, j)) / (nᵢ + nⱼ): the mean over all pairs (UPGMA). */
    AVERAGE,
    /** d(k, i∪j)² = ((nᵢ+nₖ)·d(k, i)² + (nⱼ+nₖ)·d(k, j)² − nₖ·d(i, j)²) / (nᵢ+nⱼ+nₖ). */
    WARD;

    static Linkage of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The distance from cluster k (nk points) to the merge of i (ni points, at distance dki) and
     * j (nj points, at dkj), the two being dij apart.
     */
    double update(double dki, double dkj, double dij, int ni, int nj, int nk) {
        return switch (this) {
            case SINGLE -> Math.min(dki, dkj);
            case COMPLETE -> Math.max(dki, dkj);
            case AVERAGE -> (ni * dki + nj * dkj) / (ni + nj);
            case WARD -> {
                // In SciPy's order of operations (_hierarchy_distance_update.pxi), so the heights agree to the last bits.
                double t = 1.0 / (ni + nj + nk);
                yield Math.sqrt((nk + ni) * t * dki * dki + (nk + nj) * t * dkj * dkj - nk * t * dij * dij);
            }
        };
    }
}
