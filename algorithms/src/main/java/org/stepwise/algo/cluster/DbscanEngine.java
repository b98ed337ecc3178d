package org.stepwise.algo.cluster;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * DBSCAN (Ester, Kriegel, Sander &amp; Xu, KDD 1996), one point visited per step, in the order of
 * scikit-learn 1.2.1's {@code dbscan_inner}: the points are scanned by row; an unlabelled core
 * point (at least {@code minSamples} points within ε, itself included) starts a cluster, which
 * grows depth-first from a stack: a point taken from it joins the cluster and, when it is a core
 * point, puts its unlabelled neighbours on the stack. A border point joins the first cluster that
 * reaches it; a point no cluster reaches is noise (label −1). The labels equal scikit-learn's.
 *
 * <p>What scikit-learn skips silently is a step here too: when the scan reaches a point that is
 * neither labelled nor core, the learner sees it left aside as noise for now (a later cluster may
 * still reach it). Stack entries already labelled when taken are passed over without a step.
 *
 * <p>The labels and the steps that wrote them live in arrays shared with every snapshot: each
 * entry is written once, and a snapshot reads only entries written at or before its own step.
 */
final class DbscanEngine implements Engine<DbscanSnapshot> {

    /** How many of the stack's waiting points a snapshot lists, top first. */
    static final int LISTED = 8;
    /** How far down the stack a snapshot looks for them (entries labelled since are skipped). */
    private static final int LOOKED_AT = 64;

    /** What a step did to its point. */
    enum Visit { NONE, SEED, CORE, BORDER, NOISE }

    private final Neighbourhood hood;
    private final int n;
    /** The cluster of each point, −1 until labelled; written once. */
    private final int[] label;
    /** The step that labelled each point (MAX_VALUE until then); written once. */
    private final int[] labelledAt;
    /** The step at which the scan left each point aside as noise for now (MAX_VALUE if never); written once. */
    private final int[] setAsideAt;
    /** The depth-first stack: each point is put on it at most once per neighbour that reaches it. */
    private final int[] stack;
    private int top;
    private int scan;
    private int clusters;
    private int labelled;
    private int noiseNow;
    private int step;
    private StepResult status = StepResult.CONTINUE;
    private DbscanSnapshot snapshot;

    /** The neighbourhoods and core flags with the settings they were found with. */
    record Neighbourhood(RadiusNeighborhoods hoods, boolean[] core, double eps, int minSamples, String metric,
                         double[] x, int d, List<String> featureNames) {
    }

    DbscanEngine(Neighbourhood hood) {
        this.hood = hood;
        this.n = hood.core().length;
        label = new int[n];
        Arrays.fill(label, -1);
        labelledAt = new int[n];
        Arrays.fill(labelledAt, Integer.MAX_VALUE);
        setAsideAt = new int[n];
        Arrays.fill(setAsideAt, Integer.MAX_VALUE);
        stack = new int[hood.hoods().total() + 1];
        settle();
        snapshot = snapshotOf(-1, Visit.NONE, 0, new int[] {0, -1, -1});
    }

    @Override
    public DbscanSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        int point;
        Visit visit;
        int pushed = 0;
        if (top > 0) {
            point = stack[--top];
            visit = hood.core()[point] ? Visit.CORE : Visit.BORDER;
            pushed = join(point, clusters - 1);
        } else if (hood.core()[scan]) {
            point = scan;
            visit = Visit.SEED;
            clusters++;
            pushed = join(point, clusters - 1);
        } else {
            point = scan;
            visit = Visit.NOISE;
            setAsideAt[point] = step;
            noiseNow++;
            scan++;
        }
        int[] contested = contested(point);
        settle();
        status = top == 0 && scan == n ? StepResult.CONVERGED : StepResult.CONTINUE;
        snapshot = snapshotOf(point, visit, pushed, contested);
        return status;
    }

    /**
     * The border points within ε of a core point that another cluster reached first: how many,
     * and the first of them ({count, row, its cluster}; {0, −1, −1} for none). A core point
     * within ε of a core point is in its cluster, so only border points are ever contested.
     */
    private int[] contested(int point) {
        if (!hood.core()[point]) {
            return new int[] {0, -1, -1};
        }
        int count = 0;
        int first = -1;
        RadiusNeighborhoods hoods = hood.hoods();
        for (int k = 0, size = hoods.size(point); k < size; k++) {
            int v = hoods.member(point, k);
            if (label[v] >= 0 && label[v] != label[point]) {
                count++;
                first = first < 0 ? v : first;
            }
        }
        return new int[] {count, first, first < 0 ? -1 : label[first]};
    }

    /** Up to {@link #LISTED} points waiting on the stack, top first, not labelled since they were put there. */
    private int[] waiting() {
        int[] rows = new int[LISTED];
        int found = 0;
        for (int at = top - 1; at >= 0 && at >= top - LOOKED_AT && found < LISTED; at--) {
            int v = stack[at];
            if (label[v] == -1) {
                boolean listed = false;
                for (int k = 0; k < found && !listed; k++) {
                    listed = rows[k] == v;
                }
                if (!listed) {
                    rows[found++] = v;
                }
            }
        }
        return Arrays.copyOf(rows, found);
    }

    /** Labels a point into cluster c; a core point puts its unlabelled neighbours on the stack. Returns how many. */
    private int join(int point, int c) {
        label[point] = c;
        labelledAt[point] = step;
        labelled++;
        if (setAsideAt[point] != Integer.MAX_VALUE) {
            noiseNow--;
        }
        if (!hood.core()[point]) {
            return 0;
        }
        int pushed = 0;
        RadiusNeighborhoods hoods = hood.hoods();
        for (int k = 0, size = hoods.size(point); k < size; k++) {
            int v = hoods.member(point, k);
            if (label[v] == -1) {
                stack[top++] = v;
                pushed++;
            }
        }
        return pushed;
    }

    /**
     * Drops stack entries labelled since they were put there, and moves the scan past labelled
     * points once the stack is empty: what is left is the next step's point.
     */
    private void settle() {
        while (top > 0 && label[stack[top - 1]] != -1) {
            top--;
        }
        if (top == 0) {
            while (scan < n && label[scan] != -1) {
                scan++;
            }
        }
    }

    private DbscanSnapshot snapshotOf(int point, Visit visit, int pushed, int[] contested) {
        return new DbscanSnapshot(step, status, hood, label, labelledAt, setAsideAt, point, visit, pushed, top,
                waiting(), contested, clusters, labelled, noiseNow);
    }
}
