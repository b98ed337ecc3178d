package org.stepwise.algo.evaluation;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The folds of a cross-validation and the scores of those done so far, under scikit-learn's
 * names: {@code cv_scores} (cross_val_score's list, one accuracy a fold), their {@code mean} and
 * {@code std} (NumPy's, the population spread, as {@code scores.std()}), {@code n_splits} and
 * {@code folds_done}. Immutable.
 */
public final class CrossValidationSnapshot implements Snapshot {

    private static final Scalars<CrossValidationSnapshot> SCALARS = Scalars.<CrossValidationSnapshot>builder()
            .scalarWhileDefined("mean", CrossValidationSnapshot::mean)
            .scalarWhileDefined("std", CrossValidationSnapshot::std)
            .scalarWhileDefined("last_score", s -> s.done == 0 ? Double.NaN : s.scores[s.done - 1])
            .count("n_splits", s -> s.folds.size())
            .count("folds_done", s -> s.done)
            .build();

    private final int step;
    private final StepResult status;
    private final List<Split> folds;
    private final int[] groups;
    private final String scheme;
    private final ScoringModel model;
    private final double[] scores;
    private final int done;
    private final int[] wrong;

    CrossValidationSnapshot(int step, StepResult status, List<Split> folds, int[] groups, String scheme,
                            ScoringModel model, double[] scores, int done, int[] wrong) {
        this.step = step;
        this.status = status;
        this.folds = folds;
        this.groups = groups;
        this.scheme = scheme;
        this.model = model;
        this.scores = Arrays.copyOf(scores, done);
        this.done = done;
        this.wrong = wrong;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return CrossValidationNarration.of(this); }

    /** Every fold's split (not to be modified). */
    public List<Split> folds() { return folds; }

    /** The fold shown: the one just scored, or the first before any is. */
    public int currentFold() { return Math.max(0, done - 1); }

    /** How many folds have been scored. */
    public int done() { return done; }

    /** The {@code cv} parameter's word. */
    public String scheme() { return scheme; }

    /** The scheme's name in a sentence ("stratified k-fold"). */
    public String schemeTitle() { return CvScheme.named(scheme).title(); }

    /** The classifier's name in a sentence. */
    public String modelName() { return model.shortName(); }

    /** Each row's group (the group scheme's bands of the first feature; not to be modified). */
    public int[] groups() { return groups; }

    /** The scores of the folds done (a copy). */
    public double[] scores() { return scores.clone(); }

    public double score(int fold) { return scores[fold]; }

    /** The validation rows the last scored fold got wrong (a copy). */
    public int[] wrong() { return wrong.clone(); }

    /** The mean of the scores so far; NaN before the first. */
    public double mean() {
        if (done == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        return sum / done;
    }

    /** NumPy's {@code std} (ddof 0) of the scores so far; NaN before the first. */
    public double std() {
        if (done == 0) {
            return Double.NaN;
        }
        double mean = mean();
        double sum = 0;
        for (double s : scores) {
            sum += (s - mean) * (s - mean);
        }
        return Math.sqrt(sum / done);
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this).vector("cv_scores", scores).build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
