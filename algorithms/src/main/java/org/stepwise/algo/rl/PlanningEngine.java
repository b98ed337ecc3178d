package org.stepwise.algo.rl;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * Dynamic programming on the grid world's model; one step is one sweep over the open cells.
 *
 * <p>Value iteration (Sutton and Barto, 2nd ed., §4.4): V_{k+1}(s) = max_a Σ p(s', r|s, a)[r + γV_k(s')],
 * swept synchronously (every backup reads the last sweep's values, as eq. 4.10 is written; the
 * book's pseudocode updates in place, which converges too, in fewer sweeps); CONVERGED when the
 * largest change of a sweep is below {@code tol}.
 *
 * <p>Policy iteration (§4.3): iterative policy evaluation (§4.1) of the policy, sweep by sweep,
 * until its largest change is below {@code tol}; at the end of that sweep, greedy improvement
 * (§4.2), a cell keeping its action when that action is still among the best (so the run cannot
 * cycle between equally good policies); CONVERGED when no cell changes its action. The first
 * policy steps along a shortest way to a goal or pit ({@link GridModel#towardTerminal}): §4.1's
 * evaluation needs one that ends its episodes when γ = 1 (the equiprobable policy does too, but
 * on the cliff its values take millions of sweeps to settle).
 *
 * <p>{@link #step()} allocates nothing: the two value arrays swap.
 */
final class PlanningEngine implements Engine<GridWorldSnapshot> {

    /** Sweeps after which a run that has not converged stops. */
    static final int MAX_SWEEPS = 100_000;
    private final GridModel model;
    private final GridAlgorithm algorithm;
    private final double tol;
    private double[] values;
    private double[] swept;
    private final int[] policy;
    private int sweeps;
    private int improvements;
    private int changedActions = -1;
    private double change = Double.NaN;
    private StepResult status = StepResult.CONTINUE;

    PlanningEngine(GridModel model, GridAlgorithm algorithm, double tol) {
        this.model = model;
        this.algorithm = algorithm;
        this.tol = tol;
        values = new double[model.states()];
        swept = new double[model.states()];
        policy = model.towardTerminal();
    }

    @Override
    public GridWorldSnapshot snapshot() {
        int[] shown = new int[model.states()];
        for (int s = 0; s < shown.length; s++) {
            shown[s] = !model.acts(s) ? -1 : algorithm == GridAlgorithm.POLICY_ITERATION ? policy[s]
                    : model.greedy(s, values);
        }
        PlanningState planning = new PlanningState(sweeps, change, improvements, changedActions);
        return new GridWorldSnapshot(model, algorithm, sweeps, status, values.clone(), shown, null, planning, null);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        sweeps++;
        changedActions = -1;
        change = sweep();
        double[] old = values;
        values = swept;
        swept = old;
        if (change < tol) {
            if (algorithm == GridAlgorithm.VALUE_ITERATION) {
                status = StepResult.CONVERGED;
                return status;
            }
            changedActions = improve();
            improvements++;
            if (changedActions == 0) {
                status = StepResult.CONVERGED;
                return status;
            }
        }
        if (!Double.isFinite(change)) {
            status = StepResult.stopped("the values overflowed after " + sweeps + " sweeps");
        } else if (sweeps >= MAX_SWEEPS) {
            status = StepResult.stopped("the values still changed by " + change + " after " + MAX_SWEEPS
                    + " sweeps; raise tol or lower γ");
        }
        return status;
    }

    /** One synchronous sweep into {@link #swept}; returns the largest change. */
    private double sweep() {
        double largest = 0;
        for (int s = 0; s < values.length; s++) {
            if (!model.acts(s)) {
                swept[s] = 0;
                continue;
            }
            swept[s] = algorithm == GridAlgorithm.VALUE_ITERATION ? model.backup(s, model.greedy(s, values), values)
                    : evaluate(s);
            largest = Math.max(largest, Math.abs(swept[s] - values[s]));
        }
        return largest;
    }

    /** The backup of the policy's action (eq. 4.5 for a deterministic policy). */
    private double evaluate(int s) {
        return model.backup(s, policy[s], values);
    }

    /** Greedy improvement; returns how many cells changed their action. */
    private int improve() {
        int changed = 0;
        for (int s = 0; s < values.length; s++) {
            if (!model.acts(s)) {
                continue;
            }
            int best = model.greedy(s, values);
            boolean keep = model.backup(s, policy[s], values) >= model.backup(s, best, values) - 1e-12;
            if (!keep) {
                policy[s] = best;
                changed++;
            }
        }
        return changed;
    }
}
