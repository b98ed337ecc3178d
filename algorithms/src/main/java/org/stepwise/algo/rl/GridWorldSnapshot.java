package org.stepwise.algo.rl;

import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The grid world after some steps: the values V(s) (dynamic programming's, or max_a Q(s, a) of a
 * learner), the greedy policy, a learner's Q(s, a) and its episodes, the Bellman residual of the
 * values. Immutable; the model is shared by every snapshot of a run and never written.
 *
 * <p>Metrics: {@code values} (a matrix of the grid's rows, NaN — null in JSON — on walls; 0 on
 * terminal and cliff cells), {@code policy} (the greedy action per cell: 0 up, 1 right, 2 down,
 * 3 left; -1 where the agent does not act), {@code bellman_residual} (max_s |max_a Σ p[r + γV(s')] −
 * V(s)|, 0 at the optimum), {@code episodes} (ended so far; 0 for dynamic programming),
 * {@code return} (a learner's last finished episode's discounted return, NaN before one ends;
 * V(S) for dynamic programming), then {@code n_iter} (sweeps) for dynamic programming or {@code q}
 * (a row of four per cell) for a learner.
 */
public final class GridWorldSnapshot implements Snapshot {

    private final GridModel model;
    private final GridAlgorithm algorithm;
    private final int step;
    private final StepResult status;
    private final double[] values;
    private final int[] policy;
    private final double[] q;
    private final PlanningState planning;
    private final EpisodeState episode;
    private final double residual;

    GridWorldSnapshot(GridModel model, GridAlgorithm algorithm, int step, StepResult status, double[] values,
                      int[] policy, double[] q, PlanningState planning, EpisodeState episode) {
        this.model = model;
        this.algorithm = algorithm;
        this.step = step;
        this.status = status;
        this.values = values;
        this.policy = policy;
        this.q = q;
        this.planning = planning;
        this.episode = episode;
        this.residual = model.bellmanResidual(values);
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return GridWorldNarration.describe(this); }

    public GridModel model() { return model; }

    public GridLayout layout() { return model.layout(); }

    public GridAlgorithm algorithm() { return algorithm; }

    /** V(s): dynamic programming's value, or a learner's max_a Q(s, a); 0 where the agent does not act. */
    public double value(int cell) { return values[cell]; }

    /** The greedy action in the cell (0 up, 1 right, 2 down, 3 left), -1 where the agent does not act. */
    public int action(int cell) { return policy[cell]; }

    /** Whether there are action values (a learner). */
    public boolean hasActionValues() { return q != null; }

    /** Q(s, a); NaN for dynamic programming. */
    public double actionValue(int cell, int action) {
        return q == null ? Double.NaN : q[cell * GridModel.ACTIONS + action];
    }

    public double bellmanResidual() { return residual; }

    /** Sweeps so far (dynamic programming), 0 for a learner. */
    public int sweeps() { return planning == null ? 0 : planning.sweeps(); }

    /** The last sweep's largest change (NaN before the first or for a learner). */
    public double lastChange() { return planning == null ? Double.NaN : planning.change(); }

    /** Policy iteration: improvements so far, and how many cells the last sweep's improvement changed (-1: none). */
    public int improvements() { return planning == null ? 0 : planning.improvements(); }

    public int changedActions() { return planning == null ? -1 : planning.changedActions(); }

    /** Episodes ended (0 for dynamic programming). */
    public int episodes() { return episode == null ? 0 : episode.episodes(); }

    /** The last finished episode's return, NaN before one ends; V(S) for dynamic programming. */
    public double lastReturn() { return episode == null ? values[model.layout().start()] : episode.lastReturn(); }

    /** The return of the episode under way so far (0 for dynamic programming). */
    public double currentReturn() { return episode == null ? 0 : episode.currentReturn(); }

    /** The cells of the current (or just ended) episode from the start; empty for dynamic programming. */
    public int traceLength() { return episode == null ? 0 : episode.trace().length; }

    public int traceCell(int i) { return episode.trace()[i]; }

    /** Whether an episode is under way (false between episodes and for dynamic programming). */
    public boolean inEpisode() { return episode != null && episode.inEpisode(); }

    /** A learner's last action; null for dynamic programming. */
    public LearningStep lastAction() { return episode == null ? null : episode.last(); }

    @Override
    public Metrics metrics() {
        GridLayout layout = model.layout();
        double[][] valueGrid = new double[layout.rows()][layout.columns()];
        double[][] policyGrid = new double[layout.rows()][layout.columns()];
        for (int s = 0; s < layout.size(); s++) {
            boolean wall = layout.cell(s) == GridCell.WALL;
            valueGrid[s / layout.columns()][s % layout.columns()] = wall ? Double.NaN : values[s];
            policyGrid[s / layout.columns()][s % layout.columns()] = policy[s];
        }
        Metrics.Builder metrics = Metrics.builder().matrix("values", valueGrid).matrix("policy", policyGrid)
                .scalar("bellman_residual", residual).count("episodes", episodes()).scalar("return", lastReturn());
        if (q == null) {
            return metrics.count("n_iter", sweeps()).build();
        }
        double[][] rows = new double[layout.size()][GridModel.ACTIONS];
        for (int s = 0; s < layout.size(); s++) {
            System.arraycopy(q, s * GridModel.ACTIONS, rows[s], 0, GridModel.ACTIONS);
        }
        return metrics.matrix("q", rows).build();
    }

    /** The live chart's scalars without building the matrices. */
    @Override
    public double scalar(String name) {
        return switch (name) {
            case "bellman_residual" -> residual;
            case "return" -> lastReturn();
            case "episodes" -> episodes();
            case "n_iter" -> q == null ? sweeps() : Double.NaN;
            default -> Double.NaN;
        };
    }

    @Override
    public String toString() {
        return "GridWorldSnapshot[" + algorithm.id() + ", step " + step + ", " + status + "]";
    }
}
