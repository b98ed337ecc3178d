package org.stepwise.algo.ensemble;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.TreeBuilder;
import org.stepwise.data.Dataset;

/**
 * A random forest grown one tree at a time (Breiman 2001; scikit-learn 1.2.1's
 * {@code BaseForest.fit}, {@code sklearn/ensemble/_forest.py}): with {@code bootstrap} one step
 * draws the next tree's sample, n rows with replacement, which becomes the tree's sample weights
 * (a row drawn twice weighs 2, an undrawn row is left out, as {@code _parallel_build_trees}
 * does), and the next step grows the tree on it, each split choosing among {@code maxFeatures}
 * features drawn at random. Without bootstrap each step grows a tree on every row.
 *
 * <p>After each tree: the forest's training accuracy (its averaged probabilities on the rows),
 * the out-of-bag score ({@link OutOfBag}); once the last tree is grown, Breiman's permutation
 * importance of each feature: how much the out-of-bag score falls when that feature's column is
 * shuffled (mean of five shuffles; on the training rows when there is no bootstrap).
 */
final class RandomForestEngine implements Engine<RandomForestSnapshot> {

    static final int PERMUTATION_REPEATS = 5;

    private final double[] rows;
    private final double[] labels;
    private final int n;
    private final int d;
    private final int classes;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final TreeBuilder builder;
    private final RandomGenerator random;
    private final int nEstimators;
    private final boolean bootstrap;
    private final int maxFeatures;
    private final DecisionTree[] trees;
    private final int[][] inBag;
    private final OutOfBag outOfBag;
    private final double[] trainingSums;
    private final double[] scratch;
    private final MemberGridSums<DecisionTree> gridSums;

    private int grown;
    private int[] drawn;
    private int step;
    private StepResult status = StepResult.CONTINUE;
    private PermutationImportances permutationImportances;
    private RandomForestSnapshot cached;
    private RandomForest forest;

    RandomForestEngine(Dataset data, TreeBuilder builder, RandomGenerator random, int nEstimators, boolean bootstrap,
                       int maxFeatures) {
        this.rows = data.featuresRowMajor();
        this.labels = data.targets();
        this.n = data.size();
        this.d = data.featureCount();
        this.classes = data.classCount();
        int classCount = classes;
        this.gridSums = new MemberGridSums<>(classCount,
                (tree, xs, ys, n, sums) -> RandomForest.addProbabilities(tree, classCount, xs, ys, n, sums));
        this.featureNames = data.featureNames();
        this.classNames = data.classNames();
        this.builder = builder;
        this.random = random;
        this.nEstimators = nEstimators;
        this.bootstrap = bootstrap;
        this.maxFeatures = maxFeatures;
        this.trees = new DecisionTree[nEstimators];
        this.inBag = new int[nEstimators][];
        this.outOfBag = new OutOfBag(rows, labels, d, classes);
        this.trainingSums = new double[n * classes];
        this.scratch = new double[classes];
    }

    @Override
    public RandomForestSnapshot snapshot() {
        if (cached == null || cached.step() != step) {
            if (forest == null || forest.treeCount() != grown) {
                forest = new RandomForest(trees, grown, classes, gridSums);
            }
            RandomForestSnapshot.Event event = step == 0 ? RandomForestSnapshot.Event.NONE
                    : drawn != null ? RandomForestSnapshot.Event.DRAWN : RandomForestSnapshot.Event.GROWN;
            int[] sample = drawn != null ? drawn : grown > 0 ? inBag[grown - 1] : null;
            cached = new RandomForestSnapshot(step, status, event, forest, sample == null ? null : sample.clone(),
                    trainingAccuracy(), bootstrap ? outOfBag.score() : Double.NaN,
                    bootstrap ? outOfBag.voted() : 0, forest.featureImportances(d),
                    permutationImportances, nEstimators, maxFeatures,
                    bootstrap, n, featureNames, classNames);
        }
        return cached;
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        if (bootstrap && drawn == null) {
            drawn = drawSample();
            return status;
        }
        int[] counts = drawn != null ? drawn : ones();
        drawn = null;
        DecisionTree tree = builder.fit(rows, d, labels, weights(counts));
        trees[grown] = tree;
        inBag[grown] = counts;
        grown++;
        if (bootstrap) {
            outOfBag.add(tree, counts);
        }
        for (int i = 0; i < n; i++) {
            tree.probabilities(rows, i * d, scratch, 0);
            for (int c = 0; c < classes; c++) {
                trainingSums[i * classes + c] += scratch[c];
            }
        }
        if (grown == nEstimators) {
            permutationImportances = permutationImportances();
            status = StepResult.CONVERGED;
        }
        return status;
    }

    /** {@code _generate_sample_indices}: n draws of a row with replacement, as counts per row. */
    private int[] drawSample() {
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
        return counts;
    }

    private int[] ones() {
        int[] counts = new int[n];
        java.util.Arrays.fill(counts, 1);
        return counts;
    }

    private static double[] weights(int[] counts) {
        double[] weights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            weights[i] = counts[i];
        }
        return weights;
    }

    /**
     * The forest's accuracy on the rows it was fitted on: each row's summed tree probabilities (the
     * per-row sum over {@code grown} keeps the order of scikit-learn's division by the tree count).
     */
    private double trainingAccuracy() {
        if (grown == 0) {
            return Double.NaN;
        }
        int correct = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < classes; c++) {
                scratch[c] = trainingSums[i * classes + c] / grown;
            }
            correct += ClassProbabilities.mostProbable(scratch, 0, classes) == (int) labels[i] ? 1 : 0;
        }
        return (double) correct / n;
    }

    /**
     * Each feature's mean fall of the out-of-bag score (or training accuracy) over five shuffles of
     * its column, computed when first asked for ({@link PermutationImportances}): a forest's fit
     * does not wait for them. The shuffles are drawn now, in order, so the values do not depend on
     * when they are computed or how the features are shared between the cores.
     */
    private PermutationImportances permutationImportances() {
        int[][][] orders = new int[d][PERMUTATION_REPEATS][n];
        for (int f = 0; f < d; f++) {
            for (int r = 0; r < PERMUTATION_REPEATS; r++) {
                Randomness.permutation(orders[f][r], random);
            }
        }
        double baseline = bootstrap ? outOfBag.score() : trainingAccuracy();
        return new PermutationImportances(d, () -> {
            double[] importances = new double[d];
            java.util.stream.IntStream.range(0, d).parallel().forEach(f -> {
                double[] permuted = rows.clone();
                double fall = 0.0;
                for (int r = 0; r < PERMUTATION_REPEATS; r++) {
                    int[] order = orders[f][r];
                    for (int i = 0; i < n; i++) {
                        permuted[i * d + f] = rows[order[i] * d + f];
                    }
                    double score = bootstrap ? outOfBag.scoreOn(permuted, trees, grown, inBag) : accuracyOn(permuted);
                    fall += baseline - score;
                }
                importances[f] = fall / PERMUTATION_REPEATS;
            });
            return importances;
        });
    }

    private double accuracyOn(double[] permuted) {
        RandomForest all = new RandomForest(trees, grown, classes, gridSums);
        double[] probabilities = new double[classes];
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += all.predict(permuted, i * d, probabilities) == (int) labels[i] ? 1 : 0;
        }
        return (double) correct / n;
    }
}
