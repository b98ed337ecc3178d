package org.stepwise.algo.cluster;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * k-means in half-steps: Lloyd's algorithm (Lloyd 1982; Bishop, <i>Pattern Recognition and
 * Machine Learning</i>, §9.1), as scikit-learn 1.2.1's {@code _kmeans_single_lloyd}, and its
 * mini-batch form (Sculley 2010) as {@code MiniBatchKMeans._mini_batch_step}.
 *
 * <p>Lloyd: an odd step assigns every point to its nearest centroid (the lowest index on a
 * tie), an even step moves every centroid to the mean of its points; inertia
 * J = Σᵢ ‖xᵢ − c_{label i}‖² is reported after both and never rises. The stopping rule is
 * scikit-learn's: an assignment that changes no label has converged (n_iter counts it); a move
 * of Σ‖Δc‖² ≤ tol · (mean of the features' variances) has converged too, and then one final
 * assignment follows, as after {@code maxIter} iterations (which ends STOPPED). A centroid left
 * with no points takes the point farthest from its centroid ({@code _relocate_empty_clusters_dense};
 * here that point's label follows it at once, so the inertia still never rises).
 *
 * <p>Mini-batch: an odd step draws {@code batchSize} rows with replacement and assigns them; an
 * even step moves each centroid that won batch rows to the running mean of every row it ever
 * won (its count grows by the batch rows, so each row pulls with rate 1/count). It stops as
 * scikit-learn's {@code _mini_batch_convergence} does (Σ‖Δc‖² ≤ the scaled tol, or ten batches
 * without a new low of the smoothed batch inertia), or after {@code maxIter · n / batchSize}
 * batches, then assigns every point once. Unlike scikit-learn it seeds from all rows, not a
 * sample of {@code 3 · batchSize}, and it does not reassign rarely-won centroids at random.
 *
 * <p>When the run ends, on at most {@value KMeansDiagnostics#MAX_POINTS} points, the silhouette
 * and the elbow (inertia against k) are computed ({@link KMeansDiagnostics}). Buffers are
 * allocated in the constructor; the loops of {@link #step()} allocate nothing.
 */
final class KMeansEngine implements Engine<KMeansSnapshot> {

    /** Rows from which an assignment is split across two cores (the benchmark's 100,000; not a lesson's 300). */
    static final int SPLIT_AT = 20_000;
    /** scikit-learn's {@code max_no_improvement}. */
    private static final int MAX_NO_IMPROVEMENT = 10;

    private final KMeansRun run;
    private final RandomGenerator random;
    private final boolean diagnose;
    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final double tolerance;
    private final double[] centres;
    private final double[] previousCentres;
    private final int[] labels;
    private final int[] counts;
    private final double[] batchWeights;
    private final int[] batch;
    private final int[] batchLabels;
    private final CentroidTrail trail;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private HalfStep half = HalfStep.START;
    private int iterations;
    private double inertia = Double.NaN;
    private double batchInertia = Double.NaN;
    private int changed;
    private double shift = Double.NaN;
    private int relocated;
    private boolean reachedLimit;
    private double smoothedInertia = Double.NaN;
    private double smoothedMinimum = Double.NaN;
    private int noImprovement;
    private boolean converging;
    /** The labels the last assignment started from. */
    private final int[] labelsBefore;
    /** Immutable copies of the labels and of those before, shared by snapshots until they change; null once they have. */
    private int[] published;
    private int[] publishedBefore;
    private KMeansDiagnostics diagnostics;

    KMeansEngine(KMeansRun run, RandomGenerator random, boolean diagnose) {
        this.run = run;
        this.random = random;
        this.diagnose = diagnose;
        this.x = run.x();
        this.n = run.n();
        this.d = run.d();
        this.k = run.k();
        this.tolerance = Centroids.scaledTolerance(x, n, d, run.tol());
        this.centres = KMeansInit.centresOf(KMeansInit.rows(run.init(), x, n, d, k, random), x, d);
        this.previousCentres = centres.clone();
        this.labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        this.labelsBefore = labels.clone();
        this.counts = new int[k];
        this.batchWeights = new double[k];
        this.batch = new int[run.miniBatch() ? run.batchSize() : 0];
        this.batchLabels = new int[batch.length];
        this.trail = new CentroidTrail(centres);
    }

    @Override
    public KMeansSnapshot snapshot() {
        if (published == null) {
            published = labels.clone();
            publishedBefore = labelsBefore.clone();
        }
        return new KMeansSnapshot(this);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        if (half == HalfStep.MOVE || half == HalfStep.START) {
            // Kept so the snapshots can mark the points this assignment moves to another cluster.
            System.arraycopy(labels, 0, labelsBefore, 0, n);
            if (reachedLimit || converging) {
                finalAssign();
            } else if (run.miniBatch()) {
                assignBatch();
            } else {
                assignAll();
            }
            if (changed > 0) {
                published = null;
            } else if (published != null) {
                // Nothing switched: no point stays ringed from an earlier assignment.
                publishedBefore = published;
            }
        } else if (run.miniBatch()) {
            moveBatch();
        } else {
            moveAll();
        }
        if (status.isFinal() && diagnose) {
            diagnostics = KMeansDiagnostics.of(run, labels, inertia, random.nextLong());
        }
        return status;
    }

    private void assignAll() {
        half = HalfStep.ASSIGN;
        iterations++;
        changed = 0;
        inertia = assignCounting(0, n);
        if (changed == 0) {
            status = StepResult.CONVERGED;
        }
    }

    /**
     * Assigns every row to its nearest centroid and counts the labels that changed (against
     * {@code labelsBefore}, copied at the start of the step). On {@value #SPLIT_AT} rows or more the
     * second half is assigned on another core; the halves are fixed by n alone, so the sum, and the
     * run, are the same on any machine.
     */
    private double assignCounting(int from, int to) {
        double total;
        if (to - from >= SPLIT_AT) {
            int middle = (from + to) >>> 1;
            java.util.concurrent.ForkJoinTask<Double> second = java.util.concurrent.ForkJoinPool.commonPool()
                    .submit(() -> Centroids.assign(x, middle, to, centres, k, d, labels));
            double first = Centroids.assign(x, from, middle, centres, k, d, labels);
            total = first + second.join();
        } else {
            total = Centroids.assign(x, from, to, centres, k, d, labels);
        }
        for (int i = from; i < to; i++) {
            if (labels[i] != labelsBefore[i]) {
                changed++;
            }
        }
        return total;
    }

    private void moveAll() {
        half = HalfStep.MOVE;
        System.arraycopy(centres, 0, previousCentres, 0, centres.length);
        relocated = Centroids.moveToMeans(x, n, d, k, labels, previousCentres, centres, counts);
        if (relocated > 0) {
            published = null;
        }
        shift = Centroids.shift(centres, previousCentres, centres.length);
        inertia = Centroids.inertia(x, n, centres, d, labels);
        trail.add(centres);
        converging = shift <= tolerance;
        reachedLimit = !converging && iterations == run.maxIter();
    }

    private void finalAssign() {
        half = HalfStep.FINAL_ASSIGN;
        changed = 0;
        inertia = assignCounting(0, n);
        status = converging ? StepResult.CONVERGED : StepResult.stopped(String.format(Locale.ROOT,
                "reached maxIter = %d %s before converging (the centroids still moved Σ‖Δc‖² = %.3g > %.3g); "
                        + "raise maxIter or tol", run.maxIter(), run.miniBatch() ? "epochs" : "iterations",
                shift, tolerance));
    }

    private void assignBatch() {
        half = HalfStep.ASSIGN;
        iterations++;
        changed = 0;
        double total = 0;
        for (int b = 0; b < batch.length; b++) {
            int row = random.nextInt(n);
            batch[b] = row;
            int c = Centroids.nearest(x, row, centres, k, d);
            batchLabels[b] = c;
            if (c != labels[row]) {
                changed++;
                labels[row] = c;
            }
            total += Centroids.squaredDistance(x, row, centres, c, d);
        }
        batchInertia = total / batch.length;
    }

    /**
     * {@code _minibatch_update_dense}: each centroid that won batch rows becomes
     * (c · w + Σ its batch rows) / (w + their number), w its count so far; then
     * {@code _mini_batch_convergence}.
     */
    private void moveBatch() {
        half = HalfStep.MOVE;
        System.arraycopy(centres, 0, previousCentres, 0, centres.length);
        java.util.Arrays.fill(counts, 0);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centres[c * d + j] *= batchWeights[c];
            }
        }
        for (int b = 0; b < batch.length; b++) {
            int c = batchLabels[b];
            counts[c]++;
            for (int j = 0; j < d; j++) {
                centres[c * d + j] += x[batch[b] * d + j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                System.arraycopy(previousCentres, c * d, centres, c * d, d);
                continue;
            }
            batchWeights[c] += counts[c];
            for (int j = 0; j < d; j++) {
                centres[c * d + j] /= batchWeights[c];
            }
        }
        shift = Centroids.shift(centres, previousCentres, centres.length);
        trail.add(centres);
        converging = miniBatchConverged();
        reachedLimit = !converging && iterations == run.maxBatches();
    }

    /** scikit-learn's {@code _mini_batch_convergence}, the first batch ignored. */
    private boolean miniBatchConverged() {
        if (iterations == 1) {
            return false;
        }
        if (Double.isNaN(smoothedInertia)) {
            smoothedInertia = batchInertia;
        } else {
            double alpha = Math.min(1, batch.length * 2.0 / (n + 1));
            smoothedInertia = smoothedInertia * (1 - alpha) + batchInertia * alpha;
        }
        if (tolerance > 0 && shift <= tolerance) {
            return true;
        }
        if (Double.isNaN(smoothedMinimum) || smoothedInertia < smoothedMinimum) {
            noImprovement = 0;
            smoothedMinimum = smoothedInertia;
        } else {
            noImprovement++;
        }
        return noImprovement >= MAX_NO_IMPROVEMENT;
    }

    // Read by KMeansSnapshot's constructor, which copies what changes.
    int stepCount() { return step; }
    StepResult status() { return status; }
    HalfStep half() { return half; }
    KMeansRun run() { return run; }
    double[] centres() { return centres; }
    int[] publishedLabels() { return published; }
    int[] labelsBefore() { return publishedBefore; }
    int[] batchRows() { return half == HalfStep.START || !run.miniBatch() ? null : batch; }
    CentroidTrail trail() { return trail; }
    double inertia() { return inertia; }
    double batchInertia() { return batchInertia; }
    double shift() { return shift; }
    double tolerance() { return tolerance; }
    int changed() { return changed; }
    int relocated() { return relocated; }
    KMeansDiagnostics diagnostics() { return diagnostics; }

    /** scikit-learn's n_iter_: Lloyd iterations, or mini-batch epochs begun (⌈batches · b / n⌉). */
    int nIter() {
        return run.miniBatch() ? (int) Math.ceil((double) iterations * batch.length / n) : iterations;
    }

    int batches() { return run.miniBatch() ? iterations : 0; }
}
