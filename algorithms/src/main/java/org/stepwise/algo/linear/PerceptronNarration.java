package org.stepwise.algo.linear;

import java.util.Locale;
import org.stepwise.algo.StepResult;

/**
 * The perceptron's narration, written when asked for (stepping allocates nothing for it): the
 * sample, y(w·x + b) against 0, whether the line moved and where to, and the epoch's mistakes.
 */
final class PerceptronNarration {

    private PerceptronNarration() {
    }

    /**
     * "Epoch 2, sample 17 of 100 (class 1): y(w·x + b) = −0.84 ≤ 0, a mistake: w ← w + 1·(+1)·x,
     * b ← b + 1, the line moves to 0.31 + 1.20x₁ − 0.40x₂ = 0. 5 mistakes so far in epoch 2
     * (12 in epoch 1)."; one-vs-rest names the perceptrons that were wrong.
     */
    static String full(PerceptronSnapshot s) {
        return written(s, true);
    }

    /**
     * The full form without the update's formula, the new line and the accuracy: "Epoch 2,
     * sample 17 of 100 (class 1): y(w·x + b) = −0.84 ≤ 0, a mistake: the line moves. 5 mistakes
     * so far in epoch 2 (12 in epoch 1)."
     */
    static String medium(PerceptronSnapshot s) {
        return written(s, false);
    }

    private static String written(PerceptronSnapshot s, boolean detailed) {
        if (s.step() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(head(s)).append(": ");
        if (s.outputCount() == 1) {
            binary(s, text, detailed);
        } else {
            oneVsRest(s, text, detailed);
        }
        text.append(' ').append(tally(s, detailed)).append(ending(s));
        return text.toString();
    }

    /** "Epoch 2, sample 17/100: a mistake, the line moves; 5 mistakes this epoch." */
    static String brief(PerceptronSnapshot s) {
        if (s.step() == 0) {
            return "";
        }
        if (s.status().equals(StepResult.CONVERGED)) {
            return convergedSummary(s);
        }
        return String.format(Locale.ROOT, "Epoch %d, sample %d/%d: %s; %d %s this epoch.", s.epochs(),
                s.positionInEpoch(), s.sampleCount(), s.mistake() ? "a mistake, the line moves" : "correct",
                s.mistakes(), s.mistakes() == 1 ? "mistake" : "mistakes");
    }

    private static String head(PerceptronSnapshot s) {
        return String.format(Locale.ROOT, "Epoch %d, sample %d of %d (%s)", s.epochs(), s.positionInEpoch(),
                s.sampleCount(), s.className(s.sampleLabel()));
    }

    private static void binary(PerceptronSnapshot s, StringBuilder text, boolean detailed) {
        double margin = s.target(0) * s.score(0);
        if (!s.updated(0)) {
            text.append("y(w·x + b) = ").append(number(margin)).append(" > 0, correct: the line stays.");
            return;
        }
        if (!detailed) {
            text.append("y(w·x + b) = ").append(number(margin)).append(" ≤ 0, a mistake: the line moves.");
            return;
        }
        String sign = s.target(0) > 0 ? "+1" : "−1";
        String eta = new java.math.BigDecimal(Double.toString(s.eta0())).stripTrailingZeros().toPlainString();
        text.append("y(w·x + b) = ").append(number(margin)).append(" ≤ 0, a mistake: w ← w + ").append(eta)
                .append("·(").append(sign).append(")·x");
        if (s.fitsIntercept()) {
            text.append(", b ← b ").append(s.target(0) > 0 ? "+ " : "− ").append(eta);
        }
        if (s.featureCount() == 2) {
            text.append(", the line moves to ").append(equation(s, 0)).append('.');
        } else {
            text.append(", the hyperplane moves.");
        }
    }

    private static void oneVsRest(PerceptronSnapshot s, StringBuilder text, boolean detailed) {
        StringBuilder wrong = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int k = 0; k < s.outputCount(); k++) {
            StringBuilder list = s.updated(k) ? wrong : right;
            if (!list.isEmpty()) {
                list.append(", ");
            }
            list.append(s.className(s.positiveClass(k)));
            if (detailed) {
                list.append(" (y·score ").append(number(s.target(k) * s.score(k))).append(')');
            }
        }
        if (wrong.isEmpty()) {
            text.append("every one-vs-rest perceptron is right: ").append(right).append("; no line moves.");
            return;
        }
        text.append("wrong, so moved: ").append(wrong);
        if (!right.isEmpty()) {
            text.append("; right: ").append(right);
        }
        text.append('.');
    }

    private static String tally(PerceptronSnapshot s, boolean detailed) {
        String count = String.format(Locale.ROOT, "%d %s so far in epoch %d", s.mistakes(),
                s.mistakes() == 1 ? "mistake" : "mistakes", s.epochs());
        if (s.positionInEpoch() == s.sampleCount()) {
            count = String.format(Locale.ROOT, "Epoch %d made %d %s", s.epochs(), s.mistakes(),
                    s.mistakes() == 1 ? "mistake" : "mistakes");
        } else if (s.lastEpochMistakes() >= 0) {
            count += String.format(Locale.ROOT, " (%d in epoch %d)", s.lastEpochMistakes(), s.epochs() - 1);
        }
        if (!detailed) {
            return count + ".";
        }
        return count + String.format(Locale.ROOT, "; accuracy %.1f%%.", 100 * s.accuracy());
    }

    private static String ending(PerceptronSnapshot s) {
        if (s.status().equals(StepResult.CONVERGED)) {
            String text = " No mistake in a whole epoch: every point is on its side, so the line will never move again.";
            if (Double.isFinite(s.novikoffMargin()) && s.novikoffMargin() > 0) {
                double bound = Math.pow(s.novikoffRadius() / s.novikoffMargin(), 2);
                text += String.format(Locale.ROOT, " Novikoff: with this line's margin γ = %.3g and R = %.3g, at most "
                        + "(R/γ)² = %,.0f mistakes; it made %d.", s.novikoffMargin(), s.novikoffRadius(), bound,
                        s.totalMistakes());
            }
            return text;
        }
        return "";
    }

    /**
     * "Epoch 6 made no mistake: converged after 14 mistakes in all, within Novikoff's (R/γ)² =
     * 7,912 for this line's margin γ = 0.0735."
     */
    private static String convergedSummary(PerceptronSnapshot s) {
        String text = String.format(Locale.ROOT, "Epoch %d made no mistake: converged after %d %s in all", s.epochs(),
                s.totalMistakes(), s.totalMistakes() == 1 ? "mistake" : "mistakes");
        if (Double.isFinite(s.novikoffMargin()) && s.novikoffMargin() > 0) {
            text += String.format(Locale.ROOT, ", within Novikoff's (R/γ)² = %,.0f for this line's margin γ = %.3g",
                    Math.pow(s.novikoffRadius() / s.novikoffMargin(), 2), s.novikoffMargin());
        }
        return text + ".";
    }

    /** "0.31 + 1.20x₁ − 0.40x₂ = 0". */
    static String equation(PerceptronSnapshot s, int k) {
        return number(s.interceptOf(k)) + signed(s.weight(k, 0)) + "x₁" + signed(s.weight(k, 1)) + "x₂ = 0";
    }

    private static String signed(double value) {
        return (value < 0 ? " − " : " + ") + number(Math.abs(value));
    }

    /** Two decimals, a true minus sign; three significant digits for large values. */
    static String number(double value) {
        String text = Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%.3g", value)
                : String.format(Locale.ROOT, "%.2f", value);
        if (text.equals("-0.00")) {
            text = "0.00";
        }
        return text.replace('-', '−');
    }
}
