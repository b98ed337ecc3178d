package org.stepwise.algo.density;

import java.util.Locale;

/** The sentence that explains a kernel density step, with its numbers. */
final class KdeNarration {

    private KdeNarration() {
    }

    static String of(KdeSnapshot s) {
        if (s.step() == 0) {
            return "";
        }
        int n = s.pointCount();
        String h = number(s.bandwidth());
        int added = s.lastAdded();
        if (added >= 0) {
            String where = s.featureCount() == 1 ? " at x = " + number(s.model().point(added, 0)) : "";
            String sum = s.complete()
                    ? " All " + n + " kernels are in: the mean log-density at the points is " + number(s.meanLogDensity()) + "."
                    : (s.featureCount() == 1 ? " The curve" : " The density") + " is the sum of " + s.kernelsAdded()
                    + " of " + n + " kernels.";
            return "Point " + (added + 1) + "'s " + s.kernel().parameter() + " kernel" + where + ", width h = " + h
                    + " and weight 1/" + n + ", is added." + sum;
        }
        if (s.sweepNotch() >= 0) {
            double loo = s.leaveOneOut();
            String heldOut = Double.isFinite(loo) ? "held-out (leave-one-out) " + number(loo)
                    : "held-out −∞: some point has no other point within h, so without itself its density is 0";
            String verdict = s.bandwidth() < s.chosenBandwidth() ? "narrower than chosen: spikier"
                    : s.bandwidth() > s.chosenBandwidth() ? "wider than chosen: smoother" : "the chosen width";
            return "Bandwidth sweep " + (s.sweepNotch() + 1) + "/" + KdeSnapshot.sweepNotches() + ": h = " + h + " ("
                    + verdict + "). Mean log-density at the points " + number(s.meanLogDensity()) + ", " + heldOut + ".";
        }
        return "Back at the chosen bandwidth h = " + h + describeRule(s) + ": mean log-density at the points "
                + number(s.meanLogDensity()) + ", as scikit-learn's score_samples gives.";
    }

    private static String describeRule(KdeSnapshot s) {
        return switch (s.bandwidthRule()) {
            case "scott" -> " (Scott's rule n^(−1/(d+4)), no σ factor)";
            case "silverman" -> " (Silverman's rule (n(d+2)/4)^(−1/(d+4)), no σ factor)";
            default -> "";
        };
    }

    static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3 && v != 0 ? "%.3g" : "%.4g", v);
    }
}
