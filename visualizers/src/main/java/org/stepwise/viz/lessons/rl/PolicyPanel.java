package org.stepwise.viz.lessons.rl;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.stepwise.algo.Domain;
import org.stepwise.algo.rl.BanditArms;
import org.stepwise.algo.rl.BanditSnapshot;
import org.stepwise.algo.rl.PolicyKind;
import org.stepwise.algo.rl.PolicyState;
import org.stepwise.viz.view.ColorMaps;
import org.stepwise.viz.view.IntervalView;
import org.stepwise.viz.view.OverlayPen;

/**
 * One policy's picture of the bandit: per arm its estimate with the interval it acts on (ε-greedy's
 * 95 % interval of the sample mean, UCB's Q ± bonus, Thompson's 95 % posterior interval), the true
 * mean q*(a) dashed across the arm, its pulls as faint bars with their counts, and the arm just
 * pulled ringed. The gradient bandit estimates no values: its panel shows π(a), the chance it
 * pulls each arm, on 0 to 1, with the best arm's π dashed at 1. Titled with the policy's name and
 * regret in the colour of its line on the regret chart.
 */
final class PolicyPanel {

    private final PolicyKind kind;
    private final IntervalView view = new IntervalView();
    private PolicyState state;
    private BanditSnapshot shown;
    private boolean dark;
    /** The true means and kind of rewards the axes were fitted to (a new run refits them). */
    private double fittedFirstMean = Double.NaN;
    private int fittedArms = -1;

    PolicyPanel(PolicyKind kind) {
        this.kind = kind;
        view.setAxisNames("arm", kind.estimatesValues() ? "estimate of q*(a)" : "π(a), chance of each pull");
    }

    IntervalView node() { return view; }

    /** The colour this policy is drawn in, its line's on the regret chart. */
    Color color() { return ColorMaps.seriesColor(kind.ordinal(), dark); }

    void setDark(boolean value) {
        dark = value;
        view.setDark(value);
    }

    /** Shows this policy in {@code snapshot}; hides the panel when the policy does not play. */
    void show(BanditSnapshot snapshot) {
        int index = snapshot.indexOf(kind);
        view.setVisible(index >= 0);
        if (index < 0) {
            return;
        }
        state = snapshot.policy(index);
        shown = snapshot;
        int arms = snapshot.arms();
        double steps = Math.max(1, snapshot.step());
        Color color = color();
        view.change(() -> {
            if (arms != fittedArms || Double.compare(snapshot.trueMean(0), fittedFirstMean) != 0) {
                fittedArms = arms;
                fittedFirstMean = snapshot.trueMean(0);
                view.setDomain(domain(snapshot));
            }
            view.setEstimates(arms, a -> state.value(a), a -> state.low(a), a -> state.high(a), color);
            view.setReferences(kind.estimatesValues() ? a -> shown.trueMean(a)
                    : a -> a == shown.bestArm() ? 1 : Double.NaN);
            view.setShares(a -> state.pulls(a) / steps, a -> state.pulls(a));
            view.setMarked(state.lastArm());
            view.setOverlay(this::caption);
        });
    }

    /**
     * q* ± 2.2 on Gaussian arms (most intervals after a few pulls), [0, 1] for Bernoulli means and
     * for π, with a line more on top for the title.
     */
    private Domain domain(BanditSnapshot snapshot) {
        int arms = snapshot.arms();
        if (!kind.estimatesValues() || snapshot.rewards() == BanditArms.Rewards.BERNOULLI) {
            return new Domain(0.4, arms + 0.6, -0.05, 1.3);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < arms; a++) {
            lo = Math.min(lo, snapshot.trueMean(a));
            hi = Math.max(hi, snapshot.trueMean(a));
        }
        return new Domain(0.4, arms + 0.6, lo - 2.2, hi + 3.2);
    }

    private void caption(OverlayPen pen) {
        if (state == null) {
            return;
        }
        pen.caption(15, String.format(Locale.ROOT, "%s   regret %.1f", kind.label(), state.regret()));
    }
}
