package org.stepwise.algo.cluster;

import java.util.Locale;

/** What a merge did, in one sentence with its numbers, and a shorter form for narrow windows. */
final class HierarchicalNarration {

    private HierarchicalNarration() {
    }

    static String full(HierarchicalSnapshot s) {
        int m = s.lastMerge();
        if (m < 0) {
            return "";
        }
        String rule = switch (s.linkage()) {
            case "single" -> "their two closest points";
            case "complete" -> "their two farthest points";
            case "average" -> "the mean over all their pairs of points";
            default -> "Ward's √(2·ΔSSE), the rise in the within-cluster sum of squares";
        };
        String merged = String.format(Locale.ROOT, "Merge %d joins %s and %s, the closest pair at %s linkage "
                        + "distance %s (%s), into node %d of %d points; %d clusters are left.", m + 1,
                describe(s, s.left(m)), describe(s, s.right(m)), s.linkage(), number(s.height(m)), rule,
                s.size() + m, s.mergeSize(m), s.size() - s.mergeCount());
        String done = s.isComplete() ? String.format(Locale.ROOT, " Done: the tree is complete; cut %s, it "
                + "gives %d cluster%s.", s.nClusters() > 0 ? "into nClusters = " + s.nClusters()
                : "at distanceThreshold = " + number(s.distanceThreshold()), s.clusterCount(),
                s.clusterCount() == 1 ? "" : "s") : "";
        return merged + done;
    }

    static String brief(HierarchicalSnapshot s) {
        int m = s.lastMerge();
        if (m < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "merge %d: %d + %d at %s", m + 1, s.left(m), s.right(m),
                number(s.height(m)));
    }

    private static String describe(HierarchicalSnapshot s, int node) {
        return node < s.size() ? "point " + node : String.format(Locale.ROOT, "node %d (%d points)", node,
                s.mergeSize(node - s.size()));
    }

    /** A height to four significant figures: 0.2, 1.537, 12.06. */
    static String number(double v) {
        return DbscanNarration.number(v);
    }
}
