package org.stepwise.algo.ensemble;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;

/**
 * A forest after some trees: the forest that predicts, what the last step did (drew the next
 * tree's bootstrap sample, or grew a tree), that sample's counts per row, and the forest's scores.
 *
 * <p>Metrics: {@code accuracy} (the forest on the rows fitted), {@code oob_score} (out of bag, over
 * the {@code oob_rows} rows some tree left out; with bootstrap), {@code n_trees}, the newest
 * tree's {@code tree_leaves} and {@code tree_depth}, {@code in_bag_rows} (distinct rows in the
 * shown sample), {@code feature_importances} and, once the forest is grown,
 * {@code permutation_importances}.
 */
public final class RandomForestSnapshot implements Snapshot, ClassProbabilities, Predictor {

    /** What the last step did. */
    public enum Event { NONE, DRAWN, GROWN }

    private static final Scalars<RandomForestSnapshot> SCALARS = Scalars.<RandomForestSnapshot>builder()
            .scalarWhileDefined("accuracy", s -> s.accuracy)
            .scalarWhileDefined("oob_score", s -> s.oobScore)
            .countWhileDefined("oob_rows", s -> s.bootstrap ? s.oobRows : Double.NaN)
            .count("n_trees", s -> s.forest.treeCount())
            .countWhileDefined("tree_leaves", s -> s.newest() == null ? Double.NaN : s.newest().leafCount())
            .countWhileDefined("tree_depth", s -> s.newest() == null ? Double.NaN : s.newest().maxDepth())
            .countWhileDefined("in_bag_rows", s -> s.sample == null || !s.bootstrap ? Double.NaN : s.inBagRows())
            .build();

    private final int step;
    private final StepResult status;
    private final Event event;
    private final RandomForest forest;
    private final int[] sample;
    private final double accuracy;
    private final double oobScore;
    private final int oobRows;
    private final double[] importances;
    private final PermutationImportances permutationImportances;
    private final int nEstimators;
    private final int maxFeatures;
    private final boolean bootstrap;
    private final int rows;
    private final List<String> featureNames;
    private final List<String> classNames;

    RandomForestSnapshot(int step, StepResult status, Event event, RandomForest forest, int[] sample, double accuracy,
                         double oobScore, int oobRows, double[] importances, PermutationImportances permutationImportances,
                         int nEstimators, int maxFeatures, boolean bootstrap, int rows, List<String> featureNames,
                         List<String> classNames) {
        this.step = step;
        this.status = status;
        this.event = event;
        this.forest = forest;
        this.sample = sample;
        this.accuracy = accuracy;
        this.oobScore = oobScore;
        this.oobRows = oobRows;
        this.importances = importances;
        this.permutationImportances = permutationImportances;
        this.nEstimators = nEstimators;
        this.maxFeatures = maxFeatures;
        this.bootstrap = bootstrap;
        this.rows = rows;
        this.featureNames = featureNames;
        this.classNames = classNames;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    public Event event() { return event; }

    /** The trees grown so far. */
    public RandomForest forest() { return forest; }

    /** The newest tree, or null before the first. */
    public DecisionTree newest() { return forest.treeCount() == 0 ? null : forest.tree(forest.treeCount() - 1); }

    /**
     * How many times each row was drawn into the sample shown: the next tree's just after a draw,
     * the newest tree's after it grew; null before the first draw. All 1 without bootstrap.
     */
    public int timesDrawn(int row) { return sample == null ? 1 : sample[row]; }

    /** Whether there is a sample to show (a bootstrap has been drawn). */
    public boolean hasSample() { return sample != null && bootstrap; }

    /** Distinct rows in the sample shown. */
    public int inBagRows() {
        int distinct = 0;
        for (int count : sample) {
            distinct += count > 0 ? 1 : 0;
        }
        return distinct;
    }

    public double accuracy() { return accuracy; }

    /** The out-of-bag score over the rows that have a vote; NaN without bootstrap or before the first tree. */
    public double oobScore() { return oobScore; }

    /** Rows with at least one out-of-bag vote. */
    public int oobRows() { return oobRows; }

    public int rows() { return rows; }

    public int nEstimators() { return nEstimators; }

    public int maxFeatures() { return maxFeatures; }

    public boolean bootstrap() { return bootstrap; }

    /** {@code feature_importances_} of the trees so far (a copy). */
    public double[] featureImportances() { return importances.clone(); }

    /** The permutation importances, once the forest is grown; null before (a copy). */
    public double[] permutationImportances() {
        return permutationImportances == null ? null : permutationImportances.values();
    }

    public List<String> featureNames() { return featureNames; }

    public List<String> classNames() { return classNames; }

    @Override
    public int classCount() { return forest.classCount(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        forest.predictProbabilities(xs, ys, count, out);
    }

    /** The forest's class for a row; NaN before the first tree. */
    @Override
    public double predict(double[] x, int offset) {
        if (forest.treeCount() == 0) {
            return Double.NaN;
        }
        return forest.predict(x, offset, new double[forest.classCount()]);
    }

    @Override
    public Object fittedModel() { return forest; }

    @Override
    public String narration() { return ForestNarration.of(this); }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this).vector("feature_importances", importances);
        if (permutationImportances != null) {
            metrics.vector("permutation_importances", permutationImportances.values());
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RandomForestSnapshot[step %d, %s, %d trees]", step, status,
                forest.treeCount());
    }
}
