package org.stepwise.algo.evaluation;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * A search's configurations and the scores of those evaluated so far, under scikit-learn's
 * {@code cv_results_} / {@code best_*_} names: {@code cv_scores} (each configuration's
 * {@code mean_test_score}, in the order evaluated), {@code param_C} and {@code param_gamma}
 * (or {@code param_n_neighbors} and {@code param_weights}, 0 uniform and 1 distance) of those
 * configurations, {@code best_params} (the pair), {@code best_score}, {@code best_index},
 * {@code last_score}, {@code n_candidates}, {@code candidates_done} and {@code n_splits}. Immutable.
 */
public final class HyperparameterSearchSnapshot implements Snapshot {

    private static final Scalars<HyperparameterSearchSnapshot> SCALARS =
            Scalars.<HyperparameterSearchSnapshot>builder()
                    .scalarWhileDefined("best_score", s -> s.best < 0 ? Double.NaN : s.means[s.best])
                    .scalarWhileDefined("last_score", s -> s.done == 0 ? Double.NaN : s.means[s.done - 1])
                    .countWhileDefined("best_index", s -> s.best < 0 ? Double.NaN : s.best)
                    .count("n_candidates", s -> s.plan.size())
                    .count("candidates_done", s -> s.done)
                    .count("n_splits", s -> s.folds)
                    .build();

    private final int step;
    private final StepResult status;
    private final SearchPlan plan;
    private final int folds;
    private final double[] means;
    private final int done;
    private final int best;
    private final double[] lastFolds;

    private HyperparameterSearchSnapshot(int step, StepResult status, SearchPlan plan, int folds, double[] means,
                                         int done, int best, double[] lastFolds) {
        this.step = step;
        this.status = status;
        this.plan = plan;
        this.folds = folds;
        this.means = means;
        this.done = done;
        this.best = best;
        this.lastFolds = lastFolds;
    }

    /** A snapshot copying the first {@code done} means and the last configuration's fold scores (null: none yet). */
    static HyperparameterSearchSnapshot of(int step, StepResult status, SearchPlan plan, int folds, double[] means,
                                           int done, int best, double[] lastFolds) {
        return new HyperparameterSearchSnapshot(step, status, plan, folds, Arrays.copyOf(means, done), done, best,
                lastFolds == null ? new double[0] : lastFolds.clone());
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return HyperparameterSearchNarration.of(this); }

    public TunedModel model() { return plan.model(); }

    /** Whether this is a grid search (false: random). */
    public boolean isGrid() { return plan.grid(); }

    /** How many configurations the search evaluates in all. */
    public int candidates() { return plan.size(); }

    /** How many have been evaluated. */
    public int done() { return done; }

    public int folds() { return folds; }

    /** Configuration c's first hyperparameter (C, or k). */
    public double x(int c) { return plan.xs()[c]; }

    /** Configuration c's second hyperparameter (γ, or the weights' index: 0 uniform, 1 distance). */
    public double y(int c) { return plan.ys()[c]; }

    /** Configuration c's mean_test_score; c below {@link #done()}. */
    public double score(int c) { return means[c]; }

    /** The best configuration so far (−1 before the first). */
    public int best() { return best; }

    /** The fold scores of the configuration just evaluated (a copy; empty before the first). */
    public double[] lastFolds() { return lastFolds.clone(); }

    /** Whether k runs along the surface's rows and the weights across (k-NN); else C across, γ along the rows. */
    public boolean kAlongRows() { return plan.kAlongRows(); }

    /** The score surface's lattice: columns and rows. */
    public int columns() { return plan.columns(); }

    public int rows() { return plan.rows(); }

    /** Configuration c's lattice column and row. */
    public int column(int c) { return plan.column(c); }

    public int row(int c) { return plan.row(c); }

    /** The value at column j's middle (C, or the weights' index); at row i's (γ, or k). */
    public double columnValue(int j) { return plan.columnValue(j); }

    public double rowValue(int i) { return plan.rowValue(i); }

    /** The ranges searched: [xLow, xHigh] × [yLow, yHigh]. */
    public double xLow() { return plan.xLow(); }

    public double xHigh() { return plan.xHigh(); }

    public double yLow() { return plan.yLow(); }

    public double yHigh() { return plan.yHigh(); }

    /**
     * The best score in each lattice cell so far, row-major (rows × columns), NaN where no
     * configuration evaluated falls: the score surface filling in.
     */
    public double[] surface() {
        double[] cells = new double[plan.rows() * plan.columns()];
        Arrays.fill(cells, Double.NaN);
        for (int c = 0; c < done; c++) {
            int at = plan.row(c) * plan.columns() + plan.column(c);
            if (!(cells[at] >= means[c])) {
                cells[at] = means[c];
            }
        }
        return cells;
    }

    @Override
    public Metrics metrics() {
        double[] xs = Arrays.copyOf(plan.xs(), done);
        double[] ys = Arrays.copyOf(plan.ys(), done);
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this).vector("cv_scores", means.clone())
                .vector("param_" + plan.model().xName(), xs).vector("param_" + plan.model().yName(), ys);
        if (best >= 0) {
            metrics.vector("best_params", new double[] {plan.xs()[best], plan.ys()[best]});
        }
        return metrics.build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }
}
