package org.stepwise.algo.cluster;

import java.util.Locale;

/** What a DBSCAN step did, in one sentence with its numbers, and a shorter form for narrow windows. */
final class DbscanNarration {

    private DbscanNarration() {
    }

    static String full(DbscanSnapshot s) {
        if (s.point() < 0) {
            return "";
        }
        int p = s.point();
        int within = s.neighbourCount(p);
        String count = String.format(Locale.ROOT, "%d point%s within eps = %s (itself included)", within,
                within == 1 ? "" : "s", number(s.eps()));
        String verdict = s.isCore(p)
                ? String.format(Locale.ROOT, "≥ minSamples = %d: a core point", s.minSamples())
                : String.format(Locale.ROOT, "< minSamples = %d: not a core point", s.minSamples());
        String done = s.status().isFinal() ? String.format(Locale.ROOT, " Done: %d cluster%s, %d noise point%s.",
                s.clusterCount(), s.clusterCount() == 1 ? "" : "s", s.noiseCount(), s.noiseCount() == 1 ? "" : "s")
                : "";
        String what = switch (s.visit()) {
            case "seed" -> String.format(Locale.ROOT, "Point %d has %s, %s; it starts cluster %d and puts its %d "
                    + "unlabelled neighbours on the stack.", p, count, verdict, s.label(p), s.pushed());
            case "core" -> String.format(Locale.ROOT, "Point %d, taken from the stack, has %s, %s; it joins "
                    + "cluster %d and adds %d neighbours to the stack (%d waiting).", p, count, verdict, s.label(p),
                    s.pushed(), s.stackSize());
            case "border" -> String.format(Locale.ROOT, "Point %d, taken from the stack, has %s, %s; it joins "
                    + "cluster %d as a border point and reaches no further (%d waiting).", p, count, verdict,
                    s.label(p), s.stackSize());
            default -> String.format(Locale.ROOT, "Point %d has %s, %s, and no cluster has reached it: noise for "
                    + "now (a later cluster may still reach it).", p, count, verdict);
        };
        String contested = "";
        if (s.contestedCount() > 0) {
            int q = s.contestedPoint();
            contested = String.format(Locale.ROOT, " Point %d is within eps too, but cluster %d reached it first: a "
                    + "border point stays with the first cluster that reaches it (scikit-learn's order)%s.", q,
                    s.label(q), s.contestedCount() > 1 ? String.format(Locale.ROOT, ", as do %d more",
                            s.contestedCount() - 1) : "");
        }
        return what + contested + done;
    }

    static String brief(DbscanSnapshot s) {
        if (s.point() < 0) {
            return "";
        }
        int p = s.point();
        return switch (s.visit()) {
            case "seed" -> String.format(Locale.ROOT, "point %d: core (%d within eps), starts cluster %d", p,
                    s.neighbourCount(p), s.label(p));
            case "core" -> String.format(Locale.ROOT, "point %d: core, joins cluster %d, +%d on the stack", p,
                    s.label(p), s.pushed());
            case "border" -> String.format(Locale.ROOT, "point %d: border point of cluster %d", p, s.label(p));
            default -> String.format(Locale.ROOT, "point %d: %d within eps, noise for now", p, s.neighbourCount(p));
        };
    }

    /** eps as the learner set it: 0.2, 1.5, 0.035. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
