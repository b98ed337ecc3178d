package org.stepwise.algo.neural;

/**
 * The learning rate for update number t (t = 0 for the first). Formulas as PyTorch's
 * {@code torch.optim.lr_scheduler} classes, stepped once per update:
 * <ul>
 *   <li>constant: α₀</li>
 *   <li>step ({@code StepLR}): α₀ γ^⌊t / s⌋</li>
 *   <li>exponential ({@code ExponentialLR}): α₀ γᵗ</li>
 *   <li>cosine ({@code CosineAnnealingLR}): α_min + ½ (α₀ − α_min)(1 + cos(π t / T)), then α_min for t ≥ T</li>
 *   <li>one-cycle ({@code OneCycleLR}, cosine annealing, Smith &amp; Topin 2017): from α_max/25 up to
 *       α_max over the first 30 % of T updates, then down to α_max/(25·10⁴) at t = T − 1</li>
 *   <li>linear warm-up (Goyal et al. 2017): α(t) of the wrapped schedule times (t + 1)/w for t &lt; w</li>
 * </ul>
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** The learning rate of update {@code t} (0-based). */
    double rate(int t);

    static LearningRateSchedule constant(double rate) {
        positive(rate, "learning rate");
        return t -> rate;
    }

    /** @param stepSize s, updates between decays; @param gamma γ, the factor at each decay */
    static LearningRateSchedule step(double initial, int stepSize, double gamma) {
        positive(initial, "learning rate");
        positive(stepSize, "step size");
        return t -> initial * Math.pow(gamma, t / stepSize);
    }

    static LearningRateSchedule exponential(double initial, double gamma) {
        positive(initial, "learning rate");
        return t -> initial * Math.pow(gamma, t);
    }

    /** @param period T, the updates from α₀ down to α_min */
    static LearningRateSchedule cosine(double initial, double minimum, int period) {
        positive(initial, "learning rate");
        positive(period, "period");
        return t -> t >= period ? minimum
                : minimum + 0.5 * (initial - minimum) * (1 + Math.cos(Math.PI * t / period));
    }

    /** @param total T, the number of updates of the whole run */
    static LearningRateSchedule oneCycle(double maximum, int total) {
        positive(maximum, "learning rate");
        if (total < 2) {
            throw new IllegalArgumentException("a one-cycle schedule needs at least 2 updates; got " + total);
        }
        double start = maximum / 25;
        double end = start / 1e4;
        double rising = Math.max(1, 0.3 * total - 1);
        double falling = total - 1 - rising;
        return t -> {
            if (t <= rising) {
                return annealCosine(start, maximum, t / rising);
            }
            return annealCosine(maximum, end, Math.min(1, (t - rising) / falling));
        };
    }

    /** The first {@code warmup} updates scaled by (t + 1)/warmup, then {@code after} unchanged. */
    static LearningRateSchedule warmup(int warmup, LearningRateSchedule after) {
        positive(warmup, "warm-up length");
        return t -> t < warmup ? after.rate(t) * (t + 1) / warmup : after.rate(t);
    }

    /** From {@code from} at fraction 0 to {@code to} at fraction 1 along half a cosine. */
    private static double annealCosine(double from, double to, double fraction) {
        return to + (from - to) / 2 * (1 + Math.cos(Math.PI * fraction));
    }

    private static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("the " + what + " must be above 0; got " + value);
        }
    }
}
