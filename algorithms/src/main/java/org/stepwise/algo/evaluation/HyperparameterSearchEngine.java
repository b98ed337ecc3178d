package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * A hyperparameter search one configuration a step, as scikit-learn 1.2.1's {@code GridSearchCV} /
 * {@code RandomizedSearchCV(estimator, params, cv=StratifiedKFold(folds), refit=False)}
 * ({@code sklearn/model_selection/_search.py}, {@code BaseSearchCV.fit}): configuration c is
 * fitted afresh on every fold's training rows (through the model's own engine, {@link TunedModel})
 * and scored by accuracy on the fold's validation rows; its {@code mean_test_score} is the plain
 * mean of the fold scores. The best is the highest mean, the first evaluated on a tie (as
 * {@code rank_test_score}'s "min" ranking and {@code best_index_ = rank.argmin()}). Converged after
 * the last configuration.
 *
 * <p>The folds' row sets, the scores and the prediction buffers are made once; a step allocates
 * only the fits, as a fresh estimator does.
 */
final class HyperparameterSearchEngine implements Engine<HyperparameterSearchSnapshot> {

    private final SearchPlan plan;
    private final Dataset[] trains;
    private final double[][] validationRows;
    private final int[][] validationLabels;
    private final long seed;
    private final double[] means;
    private final double[] lastFolds;
    private final int[] predicted;
    private final double[] scratch;

    private int done;
    private int best = -1;
    private StepResult status = StepResult.CONTINUE;
    private HyperparameterSearchSnapshot snapshot;

    HyperparameterSearchEngine(Dataset data, List<Split> folds, SearchPlan plan, long seed) {
        this.plan = plan;
        this.seed = seed;
        trains = new Dataset[folds.size()];
        validationRows = new double[folds.size()][];
        validationLabels = new int[folds.size()][];
        int largest = 0;
        for (int f = 0; f < folds.size(); f++) {
            trains[f] = data.selectRows(folds.get(f).train());
            Dataset validation = data.selectRows(folds.get(f).test());
            validationRows[f] = validation.featuresRowMajor();
            validationLabels[f] = validation.labels();
            largest = Math.max(largest, validation.size());
        }
        means = new double[plan.size()];
        lastFolds = new double[folds.size()];
        predicted = new int[largest];
        scratch = new double[data.classCount()];
        snapshot = HyperparameterSearchSnapshot.of(0, status, plan, folds.size(), means, 0, best, null);
    }

    @Override
    public HyperparameterSearchSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        double sum = 0;
        for (int f = 0; f < trains.length; f++) {
            int n = validationLabels[f].length;
            if (!plan.model().fitAndPredict(trains[f], plan.xs()[done], plan.ys()[done], validationRows[f], n,
                    predicted, scratch, seed)) {
                status = StepResult.stopped("The SVM with C = " + plan.model().format(true, plan.xs()[done])
                        + " and gamma = " + plan.model().format(false, plan.ys()[done]) + " did not converge within "
                        + TunedModel.MOST_STEPS + " SMO updates on fold " + (f + 1) + "; narrow the ranges of C or γ.");
                snapshot = HyperparameterSearchSnapshot.of(done, status, plan, trains.length, means, done, best,
                        null);
                return status;
            }
            int correct = 0;
            for (int i = 0; i < n; i++) {
                if (predicted[i] == validationLabels[f][i]) {
                    correct++;
                }
            }
            lastFolds[f] = (double) correct / n;
            sum += lastFolds[f];
        }
        // np.mean of the fold scores, summed in fold order.
        means[done] = sum / trains.length;
        if (best < 0 || means[done] > means[best]) {
            best = done;
        }
        done++;
        if (done == plan.size()) {
            status = StepResult.CONVERGED;
        }
        snapshot = HyperparameterSearchSnapshot.of(done, status, plan, trains.length, means, done, best, lastFolds);
        return status;
    }
}
