package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * K-fold cross-validation one fold a step, as scikit-learn 1.2.1's {@code cross_val_score}
 * ({@code sklearn/model_selection/_validation.py}): for fold f the classifier is fitted afresh on
 * the fold's training rows and scored on its validation rows with its default score, accuracy (the
 * share of validation rows whose most probable class is their class; the lowest class on a tie, as
 * {@code predict}'s argmax). The run ends, converged, after the last fold; the scores' mean and
 * spread are then cross-validation's estimate of the accuracy on rows the model has not seen.
 *
 * <p>The scores and the probabilities buffer are allocated once; a step allocates its fold's
 * training data and the fit, as a fresh estimator does.
 */
final class CrossValidationEngine implements Engine<CrossValidationSnapshot> {

    private final Dataset data;
    private final CvScheme scheme;
    private final List<Split> folds;
    private final int[] groups;
    private final ScoringModel model;
    private final long seed;
    private final double[] scores;
    private final double[] probabilities;

    private int step;
    private StepResult status = StepResult.CONTINUE;
    private CrossValidationSnapshot snapshot;

    CrossValidationEngine(Dataset data, CvScheme scheme, List<Split> folds, int[] groups, ScoringModel model,
                          long seed) {
        this.data = data;
        this.scheme = scheme;
        this.folds = List.copyOf(folds);
        this.groups = groups;
        this.model = model;
        this.seed = seed;
        this.scores = new double[folds.size()];
        int largest = folds.stream().mapToInt(f -> f.test().length).max().orElse(0);
        this.probabilities = new double[largest * data.classCount()];
        snapshot = new CrossValidationSnapshot(0, status, this.folds, groups, scheme.parameter(), model, scores, 0,
                new int[0]);
    }

    @Override
    public CrossValidationSnapshot snapshot() { return snapshot; }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        Split fold = folds.get(step);
        Dataset validation = data.selectRows(fold.test());
        model.fitAndScore(data.selectRows(fold.train()), validation.featuresRowMajor(), validation.size(),
                probabilities, seed);
        int[] wrong = new int[fold.test().length];
        int mistakes = 0;
        for (int i = 0; i < fold.test().length; i++) {
            if (predicted(i) != validation.label(i)) {
                wrong[mistakes++] = fold.test()[i];
            }
        }
        // As accuracy_score: the correct share, correct / n (not 1 - wrong / n, which can differ in the last bit).
        scores[step] = (double) (fold.test().length - mistakes) / fold.test().length;
        step++;
        if (step == folds.size()) {
            status = StepResult.CONVERGED;
        }
        snapshot = new CrossValidationSnapshot(step, status, folds, groups, scheme.parameter(), model, scores, step,
                java.util.Arrays.copyOf(wrong, mistakes));
        return status;
    }

    /** The most probable class of validation row i (the lowest on a tie). */
    private int predicted(int i) {
        int k = data.classCount();
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (probabilities[i * k + c] > probabilities[i * k + best]) {
                best = c;
            }
        }
        return best;
    }
}
