package org.stepwise.algo.neighbors;

import java.util.Locale;

/**
 * The distance between two points, as scikit-learn 1.2.1's {@code DistanceMetric} computes it
 * ({@code sklearn/metrics/_dist_metrics.pyx}): Euclidean √Σ(aⱼ − bⱼ)², Manhattan Σ|aⱼ − bⱼ|,
 * Minkowski (Σ|aⱼ − bⱼ|ᵖ)^(1/p) and Chebyshev maxⱼ|aⱼ − bⱼ|.
 *
 * <p>Neighbours are ranked by the <i>reduced</i> distance (scikit-learn's {@code rdist}: the sum
 * of squares for Euclidean, the sum of p-th powers for Minkowski), which orders points as the
 * distance does without a root per pair; {@link #toDistance} turns the k kept into distances.
 * As scikit-learn's {@code effective_metric_}, Minkowski with p = 2 is Euclidean and with
 * p = 1 Manhattan. Immutable.
 */
public final class NeighborMetric {

    /** The metrics by name, as the {@code metric} parameter spells them. */
    public static final String EUCLIDEAN = "euclidean";
    public static final String MANHATTAN = "manhattan";
    public static final String MINKOWSKI = "minkowski";
    public static final String CHEBYSHEV = "chebyshev";

    private enum Kind { EUCLIDEAN, MANHATTAN, MINKOWSKI, CHEBYSHEV }

    private final Kind kind;
    private final double p;
    private final double inverseP;

    private NeighborMetric(Kind kind, double p) {
        this.kind = kind;
        this.p = p;
        this.inverseP = 1 / p;
    }

    /**
     * The metric called {@code name} ({@code euclidean}, {@code manhattan}, {@code minkowski} or
     * {@code chebyshev}); {@code p} (≥ 1) is read for Minkowski only, as scikit-learn does.
     */
    public static NeighborMetric of(String name, double p) {
        return switch (name) {
            case EUCLIDEAN -> new NeighborMetric(Kind.EUCLIDEAN, 2);
            case MANHATTAN -> new NeighborMetric(Kind.MANHATTAN, 1);
            case CHEBYSHEV -> new NeighborMetric(Kind.CHEBYSHEV, Double.POSITIVE_INFINITY);
            case MINKOWSKI -> {
                if (!(p >= 1) || Double.isInfinite(p)) {
                    throw new IllegalArgumentException("The Minkowski exponent p must be a number of at least 1; got "
                            + p + ".");
                }
                yield p == 2 ? of(EUCLIDEAN, 2) : p == 1 ? of(MANHATTAN, 1) : new NeighborMetric(Kind.MINKOWSKI, p);
            }
            default -> throw new IllegalArgumentException("There is no metric '" + name + "'; the metrics are "
                    + "euclidean, manhattan, minkowski and chebyshev.");
        };
    }

    /** The exponent of the norm whose ball this metric's neighbourhood is: 2, 1, p, or +∞ for Chebyshev. */
    public double p() { return p; }

    /** "Euclidean", "Manhattan", "Minkowski (p = 3)", "Chebyshev". */
    public String describe() {
        return switch (kind) {
            case EUCLIDEAN -> "Euclidean";
            case MANHATTAN -> "Manhattan";
            case CHEBYSHEV -> "Chebyshev";
            case MINKOWSKI -> String.format(Locale.ROOT, "Minkowski (p = %s)", p == Math.rint(p)
                    ? Long.toString((long) p) : Double.toString(p));
        };
    }

    /**
     * The reduced distance between a[aAt .. aAt + d) and b[bAt .. bAt + d): the squared distance
     * for Euclidean, the sum of |Δ|ᵖ for Minkowski, the distance itself otherwise; it orders
     * points as the distance does, without its root.
     */
    public double reduced(double[] a, int aAt, double[] b, int bAt, int d) {
        double sum = 0;
        switch (kind) {
            case EUCLIDEAN -> {
                for (int j = 0; j < d; j++) {
                    double t = a[aAt + j] - b[bAt + j];
                    sum += t * t;
                }
            }
            case MANHATTAN -> {
                for (int j = 0; j < d; j++) {
                    sum += Math.abs(a[aAt + j] - b[bAt + j]);
                }
            }
            case MINKOWSKI -> {
                for (int j = 0; j < d; j++) {
                    sum += Math.pow(Math.abs(a[aAt + j] - b[bAt + j]), p);
                }
            }
            case CHEBYSHEV -> {
                for (int j = 0; j < d; j++) {
                    sum = Math.max(sum, Math.abs(a[aAt + j] - b[bAt + j]));
                }
            }
        }
        return sum;
    }

    /**
     * Adds one feature's term to the partial reduced distances of {@code count} points:
     * {@code sums[i]} takes the term of {@code q − column[i]} (Chebyshev: the larger of the
     * two). One loop over the points, which the JIT compiles to vector instructions.
     */
    void addTerms(double q, double[] column, int count, double[] sums) {
        switch (kind) {
            case EUCLIDEAN -> {
                for (int i = 0; i < count; i++) {
                    double t = q - column[i];
                    sums[i] += t * t;
                }
            }
            case MANHATTAN -> {
                for (int i = 0; i < count; i++) {
                    sums[i] += Math.abs(q - column[i]);
                }
            }
            case MINKOWSKI -> {
                for (int i = 0; i < count; i++) {
                    sums[i] += Math.pow(Math.abs(q - column[i]), p);
                }
            }
            case CHEBYSHEV -> {
                for (int i = 0; i < count; i++) {
                    sums[i] = Math.max(sums[i], Math.abs(q - column[i]));
                }
            }
        }
    }

    /**
     * Whether a partial reduced distance {@code sum}, continued with the terms of
     * a[from .. d) − b[bAt + from .. bAt + d) in that order, goes above {@code limit}. It stops at
     * the first feature that takes it there: the terms are never negative, so the sum only grows.
     */
    boolean exceeds(double sum, double[] a, double[] b, int bAt, int from, int d, double limit) {
        for (int j = from; j < d && sum <= limit; j++) {
            double t = Math.abs(a[j] - b[bAt + j]);
            sum = switch (kind) {
                case EUCLIDEAN -> sum + t * t;
                case MANHATTAN -> sum + t;
                case MINKOWSKI -> sum + Math.pow(t, p);
                case CHEBYSHEV -> Math.max(sum, t);
            };
        }
        return sum > limit;
    }

    /**
     * The reduced distance of a difference dx in one feature alone: no two points whose first
     * features differ by dx are nearer than this, whatever their other features.
     */
    public double reducedOfOne(double dx) {
        dx = Math.abs(dx);
        return switch (kind) {
            case EUCLIDEAN -> dx * dx;
            case MINKOWSKI -> Math.pow(dx, p);
            default -> dx;
        };
    }

    /** The distance whose reduced form is {@code reduced}. */
    public double toDistance(double reduced) {
        return switch (kind) {
            case EUCLIDEAN -> Math.sqrt(reduced);
            case MINKOWSKI -> Math.pow(reduced, inverseP);
            default -> reduced;
        };
    }

    /** The distance between two points of d features. */
    public double distance(double[] a, int aAt, double[] b, int bAt, int d) {
        return toDistance(reduced(a, aAt, b, bAt, d));
    }

    @Override
    public String toString() { return describe(); }
}
