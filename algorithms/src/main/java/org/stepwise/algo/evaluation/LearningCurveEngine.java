package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * Learning and validation curves one tick a step, as scikit-learn 1.2.1's {@code learning_curve}
 * and {@code validation_curve} (sklearn/model_selection/_validation.py) with
 * {@code KNeighborsClassifier}: at tick t, for every fold, k-NN is fitted (through its own
 * lesson's engine, {@link KnnAccuracy}) on the fold's first n_t training rows with the chosen k
 * (learning curve: {@code train[:n_train]}, the rows in the splitter's order) or on all of them
 * with k = k_t (validation curve), and scored by accuracy on those training rows and on the fold's
 * validation rows. The run is done (converged) after the last tick.
 *
 * <p>The score tables are allocated once; a step allocates its folds' fits, as fresh estimators.
 */
final class LearningCurveEngine implements Engine<LearningCurveSnapshot> {

    private final Dataset data;
    private final List<Split> folds;
    private final boolean learning;
    private final int[] ticks;
    private final int k;
    private final double[][] trainScores;
    private final double[][] testScores;

    private int done;
    private StepResult status = StepResult.CONTINUE;
    private LearningCurveSnapshot snapshot;

    LearningCurveEngine(Dataset data, List<Split> folds, boolean learning, int[] ticks, int k) {
        this.data = data;
        this.folds = List.copyOf(folds);
        this.learning = learning;
        this.ticks = ticks.clone();
        this.k = k;
        trainScores = new double[ticks.length][folds.size()];
        testScores = new double[ticks.length][folds.size()];
        snapshot = new LearningCurveSnapshot(0, status, learning, this.ticks, k, this.folds.size(), trainScores,
                testScores);
    }

    @Override
    public LearningCurveSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        for (int f = 0; f < folds.size(); f++) {
            Split fold = folds.get(f);
            int[] rows = learning ? Arrays.copyOf(fold.train(), ticks[done]) : fold.train();
            Dataset train = data.selectRows(rows);
            int neighbours = learning ? k : ticks[done];
            trainScores[done][f] = KnnAccuracy.of(train, neighbours, train);
            testScores[done][f] = KnnAccuracy.of(train, neighbours, data.selectRows(fold.test()));
        }
        done++;
        if (done == ticks.length) {
            status = StepResult.CONVERGED;
        }
        snapshot = new LearningCurveSnapshot(done, status, learning, ticks, k, folds.size(), trainScores, testScores);
        return status;
    }
}
