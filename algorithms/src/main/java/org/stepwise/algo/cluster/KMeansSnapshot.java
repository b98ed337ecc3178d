package org.stepwise.algo.cluster;

import java.util.Arrays;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * k-means after some half-steps: the centroids, every point's cluster (and the clusters the last
 * assignment started from, to mark the points that switched), the centroids' trails, the
 * mini-batch's rows, and once the run has ended the silhouette and the elbow.
 *
 * <p>Label arrays are immutable copies shared by the snapshots between two changes; the trail is
 * an append-only array read up to the count this snapshot saw (see {@link CentroidTrail}).
 *
 * <p>Metrics: {@code inertia} (Σ‖x − c‖² of the labels and centroids shown; for mini-batch only
 * once every point is assigned at the end), {@code n_iter}, {@code changed}, {@code center_shift}
 * (Σ‖Δc‖² of the last move), {@code batch_inertia} (mini-batch: the batch's inertia per point),
 * {@code silhouette} (at the end), and the arrays {@code cluster_centers}, {@code labels} and
 * {@code elbow_inertia} (inertia for k = 1, 2, ..., at the end).
 */
public final class KMeansSnapshot implements Snapshot {

    private static final Scalars<KMeansSnapshot> SCALARS = Scalars.<KMeansSnapshot>builder()
            .scalarWhileDefined("inertia", KMeansSnapshot::inertia)
            .count("n_iter", KMeansSnapshot::nIter)
            .count("changed", KMeansSnapshot::changed)
            .scalarWhileDefined("center_shift", KMeansSnapshot::centerShift)
            .scalarWhileDefined("batch_inertia", s -> s.batchInertia)
            .scalarWhileDefined("silhouette", KMeansSnapshot::silhouette)
            .build();

    private final int step;
    private final StepResult status;
    private final HalfStep half;
    private final int k;
    private final int d;
    private final boolean miniBatch;
    private final double[] centres;
    private final int[] labels;
    private final int[] labelsBefore;
    private final int[] batch;
    private final double[] trail;
    private final int trailCount;
    private final double inertia;
    private final double batchInertia;
    private final double shift;
    private final double tolerance;
    private final int changed;
    private final int relocated;
    private final int nIter;
    private final int batches;
    private final KMeansDiagnostics diagnostics;

    KMeansSnapshot(KMeansEngine engine) {
        KMeansRun run = engine.run();
        step = engine.stepCount();
        status = engine.status();
        half = engine.half();
        k = run.k();
        d = run.d();
        miniBatch = run.miniBatch();
        centres = engine.centres().clone();
        labels = engine.publishedLabels();
        labelsBefore = engine.labelsBefore();
        int[] rows = engine.batchRows();
        batch = rows == null ? null : rows.clone();
        trail = engine.trail().positions();
        trailCount = engine.trail().count();
        inertia = engine.inertia();
        batchInertia = engine.batchInertia();
        shift = engine.shift();
        tolerance = engine.tolerance();
        changed = engine.changed();
        relocated = engine.relocated();
        nIter = engine.nIter();
        batches = engine.batches();
        diagnostics = engine.diagnostics();
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** What the last step did. */
    public HalfStep half() { return half; }

    public int clusterCount() { return k; }

    public int featureCount() { return d; }

    public int pointCount() { return labels.length; }

    public boolean miniBatch() { return miniBatch; }

    /** Feature j of centroid c. */
    public double centre(int c, int j) { return centres[c * d + j]; }

    /** The centroids, row-major k × d (a copy). */
    public double[] centres() { return centres.clone(); }

    /** Point i's cluster, or -1 before it was first assigned. */
    public int label(int i) { return labels[i]; }

    /** The clusters, one per point (a copy; -1 for a point not assigned yet). */
    public int[] labels() { return labels.clone(); }

    /**
     * Whether point i changed cluster in the last assignment (shown until the
     * next one); false for a point seen for the first time.
     */
    public boolean switched(int i) {
        return labelsBefore != null && labelsBefore[i] >= 0 && labelsBefore[i] != labels[i];
    }

    /** The rows of the last mini-batch (empty for Lloyd or before the first batch). */
    public int batchSize() { return batch == null ? 0 : batch.length; }

    public int batchRow(int b) { return batch[b]; }

    /** How many positions each centroid has had, the first included: the trail's length. */
    public int trailLength() { return trailCount; }

    /** Feature j of centroid c at its {@code position}-th place (0 = where it started). */
    public double trail(int position, int c, int j) {
        if (position >= trailCount) {
            throw new IndexOutOfBoundsException("position " + position + " of " + trailCount);
        }
        return trail[(position * k + c) * d + j];
    }

    /** Σ‖x − c‖² over the points, with the labels and centroids shown; NaN before the first assignment. */
    public double inertia() { return miniBatch && half != HalfStep.FINAL_ASSIGN ? Double.NaN : inertia; }

    /** How many points the last step changed the cluster of. */
    public int changed() { return half == HalfStep.MOVE || half == HalfStep.START ? 0 : changed; }

    /** How many points the last assignment (of this step or the one before) moved to another cluster: those {@link #switched} marks. */
    public int changedInLastAssignment() { return half == HalfStep.START ? 0 : changed; }

    /** Σ‖Δc‖² of the last move (NaN before the first). */
    public double centerShift() { return shift; }

    /** The shift the run stops at: tol · mean of the features' variances. */
    public double tolerance() { return tolerance; }

    /** Centroids that had no point at the last move and took the farthest one. */
    public int relocated() { return half == HalfStep.MOVE ? relocated : 0; }

    /** scikit-learn's n_iter_. */
    public int nIter() { return nIter; }

    /** Mini-batch steps drawn (0 for Lloyd). */
    public int batches() { return batches; }

    double batchInertia() { return batchInertia; }

    /** The mean silhouette once the run has ended (on at most 10,000 points, two clusters or more); else NaN. */
    public double silhouette() { return diagnostics == null ? Double.NaN : diagnostics.silhouette(); }

    /** Point i's silhouette, when {@link #silhouette()} is defined. */
    public double silhouette(int i) { return diagnostics.silhouetteSamples()[i]; }

    /** Inertia of a converged Lloyd run for k = 1, 2, ... (a copy; empty before the end). */
    public double[] elbow() { return diagnostics == null ? new double[0] : diagnostics.elbow().clone(); }

    @Override
    public String narration() { return KMeansNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = KMeansNarration.full(this);
        return full.length() <= characters ? full : KMeansNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        double[][] centers = new double[k][];
        for (int c = 0; c < k; c++) {
            centers[c] = Arrays.copyOfRange(centres, c * d, (c + 1) * d);
        }
        metrics.matrix("cluster_centers", centers);
        metrics.vector("labels", Arrays.stream(labels).asDoubleStream().toArray());
        if (diagnostics != null) {
            metrics.vector("elbow_inertia", diagnostics.elbow());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KMeansSnapshot[step %d, %s, %s]", step, half, status);
    }
}
