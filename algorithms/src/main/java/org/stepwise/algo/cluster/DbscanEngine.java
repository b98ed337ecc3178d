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
        snapshot = snapshotOf(-1, Visit.NONE, 0);
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
        settle();
        status = top == 0 && scan == n ? StepResult.CONVERGED : StepResult.CONTINUE;
        snapshot = snapshotOf(point, visit, pushed);
        return status;
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

    private DbscanSnapshot snapshotOf(int point, Visit visit, int pushed) {
        return new DbscanSnapshot(step, status, hood, label, labelledAt, setAsideAt, point, visit, pushed, top,
                clusters, labelled, noiseNow);
    }
}
