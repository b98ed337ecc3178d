package org.stepwise.algo.cluster;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.cluster.DbscanEngine.Neighbourhood;
import org.stepwise.algo.cluster.DbscanEngine.Visit;

/**
 * DBSCAN after some points have been visited: each point's cluster so far (−1 for none yet),
 * whether it is a core point (known for the points visited), the point the last step visited
 * with its ε-neighbourhood, and the counts.
 *
 * <p>Metrics: {@code n_clusters} (clusters started so far), {@code n_noise} (points left aside
 * and not reached since; at the end, scikit-learn's noise), {@code visited}, {@code stack} (points
 * waiting on the depth-first stack), {@code labels} (scikit-learn's {@code labels_} at the end) and
 * {@code core_sample_indices} (the core points labelled so far; at the end every core point, as
 * scikit-learn's {@code core_sample_indices_}).
 */
public final class DbscanSnapshot implements Snapshot {

    private static final Scalars<DbscanSnapshot> SCALARS = Scalars.<DbscanSnapshot>builder()
            .count("n_clusters", DbscanSnapshot::clusterCount)
            .count("n_noise", DbscanSnapshot::noiseCount)
            .count("visited", s -> s.labelled + s.noiseNow)
            .count("stack", DbscanSnapshot::stackSize)
            .build();

    private final int step;
    private final StepResult status;
    private final Neighbourhood hood;
    private final int[] label;
    private final int[] labelledAt;
    private final int[] setAsideAt;
    private final int point;
    private final Visit visit;
    private final int pushed;
    private final int stack;
    private final int[] waiting;
    private final int[] contested;
    private final int clusters;
    private final int labelled;
    private final int noiseNow;

    DbscanSnapshot(int step, StepResult status, Neighbourhood hood, int[] label, int[] labelledAt, int[] setAsideAt,
                   int point, Visit visit, int pushed, int stack, int[] waiting, int[] contested, int clusters,
                   int labelled, int noiseNow) {
        this.step = step;
        this.status = status;
        this.hood = hood;
        this.label = label;
        this.labelledAt = labelledAt;
        this.setAsideAt = setAsideAt;
        this.point = point;
        this.visit = visit;
        this.pushed = pushed;
        this.stack = stack;
        this.waiting = waiting;
        this.contested = contested;
        this.clusters = clusters;
        this.labelled = labelled;
        this.noiseNow = noiseNow;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    public int size() { return label.length; }

    public int featureCount() { return hood.d(); }

    /** Feature j of point i, as fitted. */
    public double feature(int i, int j) { return hood.x()[i * hood.d() + j]; }

    /** The distance between a place (x, y) and point i, in the run's metric (two features). */
    public double distanceTo(double x, double y, int i) {
        double dx = Math.abs(x - feature(i, 0));
        double dy = Math.abs(y - feature(i, 1));
        return hood.metric().equals("manhattan") ? dx + dy : Math.hypot(dx, dy);
    }

    /** Point i's cluster at this step, −1 when no cluster has reached it (yet). */
    public int label(int i) { return labelledAt[i] <= step ? label[i] : -1; }

    /** Whether point i has been visited by this step: labelled, or left aside as noise for now. */
    public boolean visited(int i) { return labelledAt[i] <= step || setAsideAt[i] <= step; }

    /** Whether point i is a core point (at least minSamples points within ε, itself included). */
    public boolean isCore(int i) { return hood.core()[i]; }

    /** Point i is noise at this step: left aside by the scan and not reached by a cluster since. */
    public boolean isNoise(int i) { return setAsideAt[i] <= step && labelledAt[i] > step; }

    /** The point the last step visited, −1 before the first. */
    public int point() { return point; }

    /** What the last step did: started a cluster, joined a core or border point, or left one aside. */
    public String visit() { return visit.name().toLowerCase(Locale.ROOT); }

    public boolean startedCluster() { return visit == Visit.SEED; }

    public boolean joinedBorder() { return visit == Visit.BORDER; }

    public boolean setAside() { return visit == Visit.NOISE; }

    /** How many of its neighbours the last step put on the stack. */
    public int pushed() { return pushed; }

    /** How many points are within ε of row i, itself included. */
    public int neighbourCount(int i) { return hood.hoods().size(i); }

    /** The k-th point within ε of row i (rows ascending). */
    public int neighbour(int i, int k) { return hood.hoods().member(i, k); }

    /** Entries on the depth-first stack (a point may wait there more than once). */
    public int stackSize() { return stack; }

    /** How many waiting points are listed: up to eight, from the top of the stack. */
    public int waitingCount() { return waiting.length; }

    /** The i-th waiting point from the top of the stack: the next steps' points, in order. */
    public int waiting(int i) { return waiting[i]; }

    /**
     * How many border points within ε of the step's core point another cluster reached first
     * (they stay there: scikit-learn's order); 0 for most steps.
     */
    public int contestedCount() { return contested[0]; }

    /** The first such border point, −1 for none. */
    public int contestedPoint() { return contested[1]; }

    public int clusterCount() { return clusters; }

    public int noiseCount() { return noiseNow; }

    public double eps() { return hood.eps(); }

    public int minSamples() { return hood.minSamples(); }

    /** "euclidean" or "manhattan". */
    public String metric() { return hood.metric(); }

    public List<String> featureNames() { return hood.featureNames(); }

    @Override
    public String narration() {
        return DbscanNarration.full(this);
    }

    @Override
    public String narration(int characters) {
        String full = DbscanNarration.full(this);
        return full.length() <= characters ? full : DbscanNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        int n = label.length;
        double[] labels = new double[n];
        int cores = 0;
        for (int i = 0; i < n; i++) {
            labels[i] = label(i);
            if (labelledAt[i] <= step && hood.core()[i]) {
                cores++;
            }
        }
        double[] coreRows = new double[cores];
        for (int i = 0, c = 0; i < n; i++) {
            if (labelledAt[i] <= step && hood.core()[i]) {
                coreRows[c++] = i;
            }
        }
        return SCALARS.addTo(Metrics.builder(), this).vector("labels", labels)
                .vector("core_sample_indices", coreRows).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DbscanSnapshot[step %d, %s, %d clusters]", step, status, clusters);
    }
}
