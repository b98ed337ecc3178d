package org.stepwise.viz.lessons.density;

import java.util.Locale;
import org.stepwise.algo.density.KdeSnapshot;

/** The lines in a KDE plot's corner: the bandwidth and kernel, and how far the run is. */
final class KdeCaption {

    private KdeCaption() {
    }

    static String[] lines(KdeSnapshot s) {
        String rule = switch (s.bandwidthRule()) {
            case "scott" -> " (Scott)";
            case "silverman" -> " (Silverman)";
            default -> "";
        };
        String h = String.format(Locale.ROOT, "h = %.3g", s.bandwidth())
                + (s.bandwidth() == s.chosenBandwidth() ? rule : "") + ", " + s.kernel().parameter();
        if (s.sweepNotch() >= 0) {
            double loo = s.leaveOneOut();
            return new String[] {h, "sweep " + (s.sweepNotch() + 1) + " of " + KdeSnapshot.sweepNotches(),
                "held out: " + (Double.isFinite(loo) ? String.format(Locale.ROOT, "%.3f", loo) : "−∞")};
        }
        if (s.complete()) {
            return new String[] {h, String.format(Locale.ROOT, "mean log-density %.3f", s.meanLogDensity())};
        }
        return new String[] {h, s.kernelsAdded() + " of " + s.pointCount() + " kernels"};
    }
}
