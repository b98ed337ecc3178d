package org.stepwise.algo.rl;

import java.util.Locale;

/**
 * What one step of the bandit did, in the learner's numbers (arms counted from 1). The detailed
 * form gives each policy's reason, reward and update: "ε-greedy explored (coin 0.04 < ε): arm 3
 * paid 0.81, Q 0.52 → 0.58; UCB1: arm 7 (bonus 0.43) paid 1.20, Q 1.01 → 1.03; ...". When that
 * does not fit, only the arms pulled and the regrets: "Pulled ε-greedy 3, UCB1 7, ...".
 */
final class BanditNarration {

    private BanditNarration() {
    }

    static String describe(BanditSnapshot s, int characters) {
        if (s.step() == 0) {
            return "";
        }
        StringBuilder detailed = new StringBuilder("t = ").append(s.step()).append(": ");
        for (int i = 0; i < s.policyCount(); i++) {
            detailed.append(i == 0 ? "" : "; ").append(detail(s.policy(i)));
        }
        String full = detailed.append('.').toString();
        if (full.length() <= characters) {
            return full;
        }
        StringBuilder brief = new StringBuilder("t = ").append(s.step()).append(", arms pulled: ");
        for (int i = 0; i < s.policyCount(); i++) {
            PolicyState p = s.policy(i);
            brief.append(i == 0 ? "" : ", ").append(p.kind().label()).append(' ').append(p.lastArm() + 1)
                    .append(" (regret ").append(number(p.regret())).append(')');
        }
        return brief.append('.').toString();
    }

    private static String detail(PolicyState p) {
        int arm = p.lastArm();
        String paid = "arm " + (arm + 1) + " paid " + number(p.lastReward());
        return switch (p.kind()) {
            case EPSILON_GREEDY -> (p.lastExplored() ? "ε-greedy explored (coin " + number(p.lastWhy()) + " < ε): "
                    : "ε-greedy exploited: ") + paid + ", Q " + number(p.lastValueBefore()) + " → "
                    + number(p.value(arm));
            case UCB1 -> "UCB1: " + (Double.isInfinite(p.lastWhy()) ? "first pull of " : "bonus "
                    + number(p.lastWhy()) + ", ") + paid + ", Q " + number(p.lastValueBefore()) + " → "
                    + number(p.value(arm));
            case THOMPSON -> "Thompson drew " + number(p.lastWhy()) + ": " + paid + ", posterior mean "
                    + number(p.lastValueBefore()) + " → " + number(p.value(arm));
            case GRADIENT -> "Gradient sampled π " + number(p.lastWhy()) + ": " + paid + ", H "
                    + number(p.lastValueBefore()) + " → " + number(p.preferences()[arm]);
        };
    }

    /** Two decimals with a typographic minus, as the plots' ticks read. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return (text.equals("-0.00") ? "0.00" : text).replace('-', '−');
    }
}
