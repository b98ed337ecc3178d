package org.stepwise.algo.anomaly;

import java.util.Locale;

/** The narration of an outlier-detection step, with its numbers; a brief form for a narrow box. */
final class OutliersNarration {

    private OutliersNarration() {
    }

    static String full(OutliersSnapshot s) {
        OutlierStage stage = s.stage();
        if (s.step() == 0) {
            return start(s);
        }
        if (stage instanceof ForestStage forest) {
            return forest(s, forest);
        }
        if (stage instanceof LofStage lof) {
            return lof(s, lof);
        }
        return rule(s, (RuleStage) stage);
    }

    static String brief(OutliersSnapshot s) {
        if (s.step() == 0) {
            return start(s);
        }
        String what = switch (s.method()) {
            case "isolation_forest" -> "Tree " + s.step();
            case "lof" -> "Point " + (s.step() - 1) + " scored";
            default -> "Rule on " + s.data().featureNames().get(s.step() - 1);
        };
        return what + ": " + s.outlierCount() + " outliers.";
    }

    private static String start(OutliersSnapshot s) {
        return switch (s.method()) {
            case "isolation_forest" -> "Each step grows one isolation tree on a random sub-sample; a point's score "
                    + "comes from how few cuts isolate it, averaged over the trees.";
            case "lof" -> "Each step scores one point: its local reachability density against its neighbours'.";
            case "iqr" -> "Each step applies Tukey's fences (1.5 IQR beyond the quartiles) to one feature.";
            default -> "Each step flags one feature's values more than 3 standard deviations from its mean.";
        };
    }

    private static String forest(OutliersSnapshot s, ForestStage f) {
        IsolationTree tree = f.lastTree();
        int leaves = (tree.nodeCount() + 1) / 2;
        int worst = s.mostAbnormal();
        double h = f.meanPathLength(worst);
        return String.format(Locale.ROOT, "Tree %d grown on ψ = %d points: %d leaves. Point %d is the easiest to "
                        + "isolate: E[h] = %.2f cuts, s = 2^(−%.2f/c(ψ) = %.2f) = %.3f. %d outliers (s > %.3f).",
                f.count(), f.psi(), leaves, worst, h, h, f.normaliser(), -f.score(worst), s.outlierCount(),
                -f.offset());
    }

    private static String lof(OutliersSnapshot s, LofStage stage) {
        LocalOutlierFactor lof = stage.lof();
        int p = stage.point();
        double reach = 0;
        double neighbourLrd = 0;
        for (int j = 0; j < lof.k(); j++) {
            reach += lof.reachDistance(p, j);
            neighbourLrd += lof.lrd(lof.neighbour(p, j));
        }
        double factor = -lof.negativeOutlierFactor(p);
        return String.format(Locale.ROOT, "Point %d: its %d neighbours' reach-distances average %.3g, so lrd = %.3g;"
                        + " theirs average %.3g, so LOF = %.3f (%s). %d outliers so far.",
                p, lof.k(), reach / lof.k(), lof.lrd(p), neighbourLrd / lof.k(), factor,
                stage.outlier(p) ? "an outlier: above " + fmt(-stage.offset()) : "inlier", s.outlierCount());
    }

    private static String rule(OutliersSnapshot s, RuleStage stage) {
        SpreadRule rule = stage.lastRule();
        String name = s.data().featureNames().get(stage.feature());
        int here = 0;
        for (int i = 0; i < s.size(); i++) {
            here += rule.flags(s.data().feature(i, stage.feature())) ? 1 : 0;
        }
        String how = rule.isIqr()
                ? String.format(Locale.ROOT, "Q1 = %s, Q3 = %s, IQR = %s", fmt(rule.q1OrLowBand()),
                fmt(rule.q3OrHighBand()), fmt(rule.spread()))
                : String.format(Locale.ROOT, "mean %s, σ = %s", fmt(rule.centre()), fmt(rule.spread()));
        return String.format(Locale.ROOT, "%s: %s; fences [%s, %s]: %d points beyond. %d outliers in all.", name,
                how, fmt(rule.lowerFence()), fmt(rule.upperFence()), here, s.outlierCount());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
