package org.stepwise.algo.optim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Writes the narration of a race snapshot: for each optimizer, where the last step took it and
 * what the loss did, or when it converged or diverged. Built on demand from the snapshot, so
 * the engine's step allocates nothing for it.
 *
 * <p>The most detailed of four forms that fits a budget of characters: what the lesson's
 * narration box holds at its width (two lines, about {@value #FITS} characters at 1440 × 900
 * without the catalog, the budget where none is given). {@link Detail#FULL} gives θ and the
 * loss before and after the step;
 * {@link Detail#POSITION} where θ is now, its loss and which way the step took it (↓, ↑ or =);
 * {@link Detail#BRIEF} the loss and its way alone; {@link Detail#TERSE} the losses in one list
 * and the optimizers that diverged in another ("Loss: AdaGrad 5.26 =, Adam 5.34 ↓; diverged: GD,
 * Momentum"). In the full form the default race of three overran the two lines, its third runner
 * cut off, and a race of seven narrated two of them; in the brief form a race of seven was still
 * cut beside the catalog at 1440 × 900.
 */
final class RaceNarration {

    /** Characters that two lines of the lesson's narration hold at 1440 × 900 beside the side panel, without the catalog. */
    static final int FITS = 170;

    private static final MathContext THREE_DIGITS = new MathContext(3);

    /** How much each optimizer's clause says, most first. */
    enum Detail { FULL, POSITION, BRIEF, TERSE }

    private RaceNarration() {
    }

    /** The most detailed form of at most {@code characters} characters; the briefest when none is that short. */
    static String describe(OptimizerRaceSnapshot snapshot, int characters) {
        String text = "";
        for (Detail detail : Detail.values()) {
            text = describe(snapshot, detail);
            if (text.length() <= characters) {
                break;
            }
        }
        return text;
    }

    static String describe(OptimizerRaceSnapshot snapshot, Detail detail) {
        int step = snapshot.step();
        if (step == 0) {
            return "";
        }
        if (detail == Detail.TERSE) {
            return terse(snapshot);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < snapshot.optimizerCount(); i++) {
            Track track = snapshot.track(i);
            text.append(i == 0 ? "" : "; ").append(track.label()).append(": ");
            boolean movedThisStep = track.state() == Track.State.MOVING
                    || track.state() == Track.State.CONVERGED && track.endStep() == step;
            if (track.state() == Track.State.DIVERGED) {
                text.append("diverged at step ").append(track.endStep());
                if (detail == Detail.FULL) {
                    text.append(" (").append(track.divergence()).append("), last seen at ")
                            .append(point(track.currentX(), track.currentY()));
                }
            } else if (movedThisStep && track.length() >= 2) {
                int last = track.length() - 1;
                if (detail == Detail.FULL) {
                    text.append("θ ").append(point(track.x(last - 1), track.y(last - 1))).append(" → ")
                            .append(point(track.x(last), track.y(last))).append(", loss ")
                            .append(number(track.loss(last - 1))).append(" → ").append(number(track.loss(last)));
                } else {
                    if (detail == Detail.POSITION) {
                        text.append("θ ").append(point(track.x(last), track.y(last))).append(", ");
                    }
                    text.append("loss ").append(number(track.loss(last))).append(' ')
                            .append(trend(track.loss(last - 1), track.loss(last)));
                }
                if (track.state() == Track.State.CONVERGED) {
                    text.append(detail == Detail.FULL
                            ? ", converged (gradient norm " + number(track.gradientNorm()) + ")" : ", converged");
                }
            } else {
                text.append("converged");
                if (detail == Detail.FULL) {
                    text.append(" at step ").append(track.endStep());
                }
                if (detail != Detail.BRIEF) {
                    text.append(" at ").append(point(track.currentX(), track.currentY()));
                }
                text.append(", loss ").append(number(track.currentLoss()));
            }
        }
        return text.toString();
    }

    /** "Loss: AdaGrad 5.26 =, Adam 5.34 ↓, AdamW 0.0312 converged; diverged: GD, Momentum". */
    private static String terse(OptimizerRaceSnapshot snapshot) {
        StringBuilder losses = new StringBuilder();
        StringBuilder diverged = new StringBuilder();
        for (int i = 0; i < snapshot.optimizerCount(); i++) {
            Track track = snapshot.track(i);
            if (track.state() == Track.State.DIVERGED) {
                diverged.append(diverged.length() == 0 ? "" : ", ").append(track.label());
                continue;
            }
            losses.append(losses.length() == 0 ? "Loss: " : ", ").append(track.label()).append(' ')
                    .append(number(track.currentLoss()));
            int last = track.length() - 1;
            if (track.state() == Track.State.CONVERGED) {
                losses.append(" converged");
            } else if (last >= 1) {
                losses.append(' ').append(trend(track.loss(last - 1), track.loss(last)));
            }
        }
        if (diverged.length() == 0) {
            return losses.toString();
        }
        return losses.length() == 0 ? "Diverged: " + diverged : losses + "; diverged: " + diverged;
    }

    /** ↓ when the loss fell, ↑ when it rose, = when it stayed (to three digits, as shown). */
    static String trend(double before, double after) {
        String shownBefore = number(before);
        String shownAfter = number(after);
        return shownBefore.equals(shownAfter) ? "=" : after < before ? "↓" : "↑";
    }

    /** "(−1.20, 1.38)": two decimals, as a teacher reads a position off the picture. */
    static String point(double x, double y) {
        return "(" + coordinate(x) + ", " + coordinate(y) + ")";
    }

    private static String coordinate(double value) {
        String text = Math.abs(value) < 1e4 ? String.format(Locale.ROOT, "%.2f", value)
                : String.format(Locale.ROOT, "%.2e", value);
        return withMinusSign(text.equals("-0.00") ? "0.00" : text);
    }

    /** At most three significant digits ("24.2", "0.00312", "6340"), scientific outside [1e-3, 1e5). */
    static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return withMinusSign(Double.toString(value).replace(".0", ""));
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e5 || magnitude < 1e-3) {
            return withMinusSign(String.format(Locale.ROOT, "%.2e", value));
        }
        return withMinusSign(new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString());
    }

    /** The typographic minus, which reads better than a hyphen on a projected slide. */
    private static String withMinusSign(String text) {
        return text.replace('-', '−');
    }
}
