package org.stepwise.algo.evaluation;

/**
 * Platt scaling of scores f: the calibrated probability is 1 / (1 + exp(A·f + B)), A and B fitted
 * as scikit-learn 1.2.1's {@code _sigmoid_calibration} ({@code sklearn/calibration.py}) fits them:
 * the cross-entropy against Platt's smoothed targets t₊ = (N₊ + 1)/(N₊ + 2) for a positive row and
 * t₋ = 1/(N₋ + 2) for a negative one (Platt 1999, §2.2, his guard against over-fitting), from
 * A = 0, B = log((N₋ + 1)/(N₊ + 1)). scikit-learn minimises it with BFGS ({@code fmin_bfgs},
 * gradient tolerance 1e-5); we take Newton steps, halved until the loss falls, to the optimum
 * itself (the loss is convex), which BFGS's answer approaches to about 1e-6. One {@link #iterate}
 * is one Newton step: a pass over the rows, no allocation.
 */
public final class PlattScaling {

    /** The gradient's size (largest component) at which the fit has converged. */
    static final double GRADIENT_TOL = 1e-10;

    /** A Newton step smaller than this, relative to (1 + |A|) and (1 + |B|), is rounding: converged. */
    static final double STEP_TOL = 1e-13;

    /** Newton's method needs a handful of steps; this many means it is not converging. */
    static final int MOST_ITERATIONS = 200;

    private final double[] scores;
    private final int[] labels;
    private final double positiveTarget;
    private final double negativeTarget;
    private double a;
    private double b;
    private double loss;
    private int iterations;
    private boolean converged;

    /** @param scores the scores f (not modified); @param labels 0/1 (not modified) */
    public PlattScaling(double[] scores, int[] labels) {
        Checks.pairedRows(labels.length, scores.length, "y", "predictions");
        this.scores = scores;
        this.labels = labels;
        double positives = 0;
        for (int y : labels) {
            positives += y > 0 ? 1 : 0;
        }
        double negatives = labels.length - positives;
        positiveTarget = (positives + 1) / (positives + 2);
        negativeTarget = 1 / (negatives + 2);
        a = 0;
        b = Math.log((negatives + 1) / (positives + 1));
        loss = lossAt(a, b);
    }

    /** Fits to the end: {@code {A, B}}. */
    public static double[] fit(double[] scores, int[] labels) {
        PlattScaling platt = new PlattScaling(scores, labels);
        while (!platt.converged()) {
            if (!platt.iterate() || platt.iterations > MOST_ITERATIONS) {
                throw new ArithmeticException("Platt scaling cannot improve on A = " + platt.a + ", B = " + platt.b);
            }
        }
        return new double[] {platt.a, platt.b};
    }

    public double a() { return a; }

    public double b() { return b; }

    /** The cross-entropy against the smoothed targets (scikit-learn's objective) at (A, B). */
    public double loss() { return loss; }

    public int iterations() { return iterations; }

    /**
     * True once the last step found the gradient below {@link #GRADIENT_TOL} or a Newton step below
     * {@link #STEP_TOL}: (A, B) is the optimum to the last digits the rows' sums can give.
     */
    public boolean converged() { return converged; }

    /** The calibrated probability of a score. */
    public double probability(double f) { return probability(a, b, f); }

    static double probability(double a, double b, double f) { return 1 / (1 + Math.exp(a * f + b)); }

    /**
     * One Newton step on (A, B), halved until the loss does not rise. Returns false when no step
     * helps (a singular curvature: every score equal, or all rows of one class pushed to the limit).
     */
    public boolean iterate() {
        double gA = 0;
        double gB = 0;
        double hAA = 0;
        double hAB = 0;
        double hBB = 0;
        for (int i = 0; i < scores.length; i++) {
            double f = scores[i];
            double p = probability(a, b, f);
            double r = target(i) - p; // d loss / dz, z = A·f + B
            double w = p * (1 - p);
            gA += r * f;
            gB += r;
            hAA += w * f * f;
            hAB += w * f;
            hBB += w;
        }
        if (Math.max(Math.abs(gA), Math.abs(gB)) < GRADIENT_TOL) {
            converged = true;
            return true;
        }
        double det = hAA * hBB - hAB * hAB;
        if (!(det > 0) || !Double.isFinite(det)) {
            return false;
        }
        double stepA = (hBB * gA - hAB * gB) / det;
        double stepB = (hAA * gB - hAB * gA) / det;
        if (Math.abs(stepA) < STEP_TOL * (1 + Math.abs(a)) && Math.abs(stepB) < STEP_TOL * (1 + Math.abs(b))) {
            converged = true;
            return true;
        }
        // Near the optimum the loss changes by less than its rounding: allow that much of a rise.
        double slack = 1e-13 * Math.abs(loss);
        for (double scale = 1; scale > 1e-12; scale /= 2) {
            double nextA = a - scale * stepA;
            double nextB = b - scale * stepB;
            double nextLoss = lossAt(nextA, nextB);
            if (nextLoss <= loss + slack) {
                a = nextA;
                b = nextB;
                loss = nextLoss;
                iterations++;
                return true;
            }
        }
        return false;
    }

    private double target(int i) { return labels[i] > 0 ? positiveTarget : negativeTarget; }

    /** Σ t·softplus(z) + (1 − t)·softplus(−z), z = A·f + B: −t·log P − (1 − t)·log(1 − P) without overflow. */
    private double lossAt(double a, double b) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double z = a * scores[i] + b;
            double t = target(i);
            sum += t * softplus(z) + (1 - t) * softplus(-z);
        }
        return sum;
    }

    private static double softplus(double z) { return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)); }
}
