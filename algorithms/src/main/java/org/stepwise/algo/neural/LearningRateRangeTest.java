package org.stepwise.algo.neural;

/**
 * The learning-rate range test (Smith 2017, "Cyclical Learning Rates for Training Neural
 * Networks", §3.3; fast.ai's {@code lr_find}): train one batch at each of N rates rising
 * exponentially from r_min to r_max, rᵢ = r_min·q^i with q = (r_max/r_min)^(1/(N−1)), and record
 * the loss of each batch against its rate.
 *
 * <p>As fast.ai's {@code LRFinder}: the losses are smoothed by a debiased exponential moving
 * average, mᵢ = β mᵢ₋₁ + (1 − β) ℓᵢ, sᵢ = mᵢ / (1 − β^(i+1)), β = 0.98; the test stops early when
 * the smoothed loss exceeds 4 times its minimum so far (or is not a number): the rate has
 * diverged. The suggested rate is a tenth of the rate at which the smoothed loss is least
 * (fastai 2.x's {@code SuggestionMethod.Minimum}, {@code lrs[losses.argmin()] / 10}, and fast.ai
 * v1's advice to pick "one order of magnitude before the minimum"), leaving out the first N/10 and
 * the last 5 points as {@code lr_find} does (all of them when fewer than 3 would be left). Not
 * fastai's "steep" suggestion (the steepest fall against log r): on a loss that stays flat for
 * decades of rates before it dips, the flat stretch's noise holds slopes as steep as the dip's,
 * and the steepest one can land anywhere in it.
 *
 * <p>Holds the record only; whoever trains calls {@link #rate(int)} and gives each batch's loss
 * to {@link #record(double)}. Arrays are allocated once, in the constructor.
 */
public final class LearningRateRangeTest {

    /** β of the moving average, fast.ai's. */
    public static final double SMOOTHING = 0.98;
    /** The smoothed loss above this many times its minimum ends the test. */
    public static final double DIVERGENCE_FACTOR = 4;
    /** The points left off at the end before suggesting (fast.ai's {@code [num_it//10:-5]}). */
    private static final int SKIP_END = 5;

    private final double minimum;
    private final double maximum;
    private final double[] losses;
    private final double[] smoothed;
    private int count;
    private double average;
    private double best = Double.POSITIVE_INFINITY;
    private boolean diverged;

    /**
     * @param minimum r_min, above 0
     * @param maximum r_max, above r_min
     * @param steps   N, at least 2
     */
    public LearningRateRangeTest(double minimum, double maximum, int steps) {
        if (!(minimum > 0) || !(maximum > minimum) || Double.isInfinite(maximum)) {
            throw new IllegalArgumentException("the range test's rates must rise from above 0: got "
                    + minimum + " to " + maximum);
        }
        if (steps < 2) {
            throw new IllegalArgumentException("the range test needs at least 2 steps; got " + steps);
        }
        this.minimum = minimum;
        this.maximum = maximum;
        this.losses = new double[steps];
        this.smoothed = new double[steps];
    }

    /** N, the most batches the test trains. */
    public int steps() { return losses.length; }

    public double minimum() { return minimum; }

    public double maximum() { return maximum; }

    /** rᵢ = r_min·(r_max/r_min)^(i/(N−1)). */
    public double rate(int i) {
        return minimum * Math.pow(maximum / minimum, (double) i / (losses.length - 1));
    }

    /** The rate of the next batch. */
    public double nextRate() { return rate(count); }

    /**
     * Records the loss of the batch trained at {@link #nextRate()}; returns whether the test goes
     * on (false once it has diverged or trained its N batches).
     */
    public boolean record(double loss) {
        if (finished()) {
            throw new IllegalStateException("the range test has ended");
        }
        average = SMOOTHING * average + (1 - SMOOTHING) * loss;
        double value = average / (1 - Math.pow(SMOOTHING, count + 1));
        losses[count] = loss;
        smoothed[count] = value;
        count++;
        if (!(value <= DIVERGENCE_FACTOR * best)) {
            diverged = true;
        }
        best = Math.min(best, value);
        return !finished();
    }

    /** Batches recorded so far. */
    public int count() { return count; }

    /** Whether the smoothed loss has passed 4 times its minimum (or become NaN). */
    public boolean diverged() { return diverged; }

    public boolean finished() { return diverged || count == losses.length; }

    /** The loss of batch i. */
    public double loss(int i) { return losses[i]; }

    /** The smoothed loss at batch i. */
    public double smoothedLoss(int i) { return smoothed[i]; }

    /** The least smoothed loss so far (infinity before the first batch). */
    public double bestLoss() { return best; }

    /** The batch at which the smoothed loss is least (see the class comment); -1 before the first. */
    public int suggestionIndex() {
        int first = losses.length / 10;
        int last = count - SKIP_END;
        if (last - first < 3) {
            first = 0;
            last = count;
        }
        int least = -1;
        for (int i = first; i < last; i++) {
            if (Double.isFinite(smoothed[i]) && (least < 0 || smoothed[i] < smoothed[least])) {
                least = i;
            }
        }
        return least;
    }

    /** The suggested rate, a tenth of the rate at the least smoothed loss; NaN before the first batch. */
    public double suggestion() {
        int i = suggestionIndex();
        return i < 0 ? Double.NaN : rate(i) / 10;
    }

    /** A copy of the first {@link #count()} raw losses. */
    public double[] losses() { return java.util.Arrays.copyOf(losses, count); }

    /** A copy of the first {@link #count()} smoothed losses. */
    public double[] smoothedLosses() { return java.util.Arrays.copyOf(smoothed, count); }
}
