package org.stepwise.algo.cluster;

import java.util.Locale;

/** The sentence that explains a k-means half-step with its numbers, and a shorter form of it. */
final class KMeansNarration {

    private KMeansNarration() {
    }

    static String full(KMeansSnapshot s) {
        return switch (s.half()) {
            case START -> "";
            case ASSIGN -> s.miniBatch() ? batchAssign(s) : assign(s);
            case MOVE -> s.miniBatch() ? batchMove(s) : move(s);
            case FINAL_ASSIGN -> format("Final assignment to the last centroids: %s; inertia J = %s.",
                    switched(s.changed()), number(s.inertia()));
        };
    }

    static String brief(KMeansSnapshot s) {
        return switch (s.half()) {
            case START -> "";
            case ASSIGN -> s.miniBatch() ? format("Batch %d assigned", s.batches())
                    : format("Iteration %d: assign, %s", s.nIter(), switched(s.changed()));
            case MOVE -> format("%s: move, Σ‖Δc‖² = %s", s.miniBatch() ? "Batch " + s.batches()
                    : "Iteration " + s.nIter(), number(s.centerShift()));
            case FINAL_ASSIGN -> format("Final assignment: J = %s", number(s.inertia()));
        };
    }

    private static String assign(KMeansSnapshot s) {
        if (s.nIter() == 1) {
            return format("Iteration 1, assign: every point joins its nearest centroid; inertia J = %s.",
                    number(s.inertia()));
        }
        if (s.changed() == 0) {
            return format("Iteration %d, assign: no point switched cluster, so no centroid can move: converged "
                    + "with inertia J = %s.", s.nIter(), number(s.inertia()));
        }
        return format("Iteration %d, assign: each point to its nearest centroid; %s; inertia J = %s.",
                s.nIter(), switched(s.changed()), number(s.inertia()));
    }

    private static String move(KMeansSnapshot s) {
        String relocated = s.relocated() == 0 ? ""
                : format(" (%d empty centroid%s took the farthest point)", s.relocated(), s.relocated() == 1 ? "" : "s");
        String next = s.centerShift() <= s.tolerance() ? ", within tol: one last assignment follows" : "";
        return format("Iteration %d, move: every centroid to the mean of its points%s; they moved Σ‖Δc‖² = %s "
                        + "(tol stops at %s)%s; inertia J = %s.", s.nIter(), relocated, number(s.centerShift()),
                number(s.tolerance()), next, number(s.inertia()));
    }

    private static String batchAssign(KMeansSnapshot s) {
        return format("Batch %d: %d random points join their nearest centroid; batch inertia %s per point.",
                s.batches(), s.batchSize(), number(s.batchInertia()));
    }

    private static String batchMove(KMeansSnapshot s) {
        return format("Batch %d, move: each centroid steps toward its batch points with rate 1/count; "
                + "Σ‖Δc‖² = %s.", s.batches(), number(s.centerShift()));
    }

    private static String switched(int changed) {
        return changed == 1 ? "1 point switched cluster" : changed + " points switched cluster";
    }

    private static String number(double value) {
        return format("%.4g", value);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
