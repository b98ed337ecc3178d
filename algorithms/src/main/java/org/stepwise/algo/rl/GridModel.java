package org.stepwise.algo.rl;

import java.util.ArrayDeque;

/**
 * A grid world as a finite MDP (Sutton and Barto, 2nd ed., §3.1–3.2): states are the open cells,
 * actions the four moves (0 up, 1 right, 2 down, 3 left). A move goes where it is meant with
 * probability 1 − slip and slips to either side at right angles with slip / 2 each (Russell and
 * Norvig's 0.8 / 0.1 / 0.1 at slip 0.2); a move into a wall or off the grid stays put. Every step
 * pays the step reward; arriving in a goal or pit adds its ±1 and ends the episode; stepping into a
 * cliff pays −100 instead and puts the agent back on the start (Example 6.6).
 *
 * <p>The outcomes of every (state, action) are tabled once: {@link #next}, {@link #reward} and
 * {@link #probability} of outcome k = 0 (as meant), 1 and 2 (slipped). Immutable after construction;
 * shared by the engine and every snapshot.
 */
public final class GridModel {

    /** Up, right, down, left. */
    public static final int ACTIONS = 4;
    /** Outcomes of a move: as meant, slipped clockwise, slipped counter-clockwise. */
    public static final int OUTCOMES = 3;
    private static final int[] ROW_STEP = {-1, 0, 1, 0};
    private static final int[] COLUMN_STEP = {0, 1, 0, -1};

    private final GridLayout layout;
    private final double gamma;
    private final double stepReward;
    private final double[] probabilities;
    private final int[] next;
    private final double[] reward;

    public GridModel(GridLayout layout, double gamma, double slip, double stepReward) {
        this.layout = layout;
        this.gamma = gamma;
        this.stepReward = stepReward;
        this.probabilities = new double[] {1 - slip, slip / 2, slip / 2};
        int n = layout.size();
        next = new int[n * ACTIONS * OUTCOMES];
        reward = new double[n * ACTIONS * OUTCOMES];
        for (int s = 0; s < n; s++) {
            for (int a = 0; a < ACTIONS; a++) {
                int[] directions = {a, (a + 1) % ACTIONS, (a + 3) % ACTIONS};
                for (int k = 0; k < OUTCOMES; k++) {
                    int to = move(s, directions[k]);
                    GridCell cell = layout.cell(to);
                    int at = (s * ACTIONS + a) * OUTCOMES + k;
                    next[at] = cell == GridCell.CLIFF ? layout.start() : to;
                    reward[at] = cell == GridCell.CLIFF ? GridCell.CLIFF_REWARD : stepReward + cell.arrivalReward();
                }
            }
        }
    }

    private int move(int s, int direction) {
        int row = s / layout.columns() + ROW_STEP[direction];
        int column = s % layout.columns() + COLUMN_STEP[direction];
        if (row < 0 || row >= layout.rows() || column < 0 || column >= layout.columns()
                || layout.cell(row, column) == GridCell.WALL) {
            return s;
        }
        return row * layout.columns() + column;
    }

    public GridLayout layout() { return layout; }

    public int states() { return layout.size(); }

    public double gamma() { return gamma; }

    public double stepReward() { return stepReward; }

    /** Whether the agent acts in cell s: open and not terminal. */
    public boolean acts(int s) {
        GridCell cell = layout.cell(s);
        return cell != GridCell.WALL && !cell.terminal() && cell != GridCell.CLIFF;
    }

    /** Whether arriving in cell s ends the episode. */
    public boolean terminal(int s) { return layout.cell(s).terminal(); }

    /** The cell outcome k of action a in s leads to. */
    public int next(int s, int a, int k) { return next[(s * ACTIONS + a) * OUTCOMES + k]; }

    /** What outcome k of action a in s pays. */
    public double reward(int s, int a, int k) { return reward[(s * ACTIONS + a) * OUTCOMES + k]; }

    /** The probability of outcome k (the same for every move). */
    public double probability(int k) { return probabilities[k]; }

    /** Σ_s' p(s'|s,a) [r + γ V(s')], V of terminal cells being 0: one Bellman backup (eq. 4.6's inner sum). */
    public double backup(int s, int a, double[] values) {
        double sum = 0;
        int at = (s * ACTIONS + a) * OUTCOMES;
        for (int k = 0; k < OUTCOMES; k++) {
            double p = probabilities[k];
            if (p > 0) {
                int to = next[at + k];
                sum += p * (reward[at + k] + (layout.cell(to).terminal() ? 0 : gamma * values[to]));
            }
        }
        return sum;
    }

    /** The action with the largest backup, the first on ties (index order: up, right, down, left). */
    public int greedy(int s, double[] values) {
        int best = 0;
        double bestValue = backup(s, 0, values);
        for (int a = 1; a < ACTIONS; a++) {
            double value = backup(s, a, values);
            if (value > bestValue + 1e-12) {
                best = a;
                bestValue = value;
            }
        }
        return best;
    }

    /** max_s |max_a backup(s, a) − V(s)|: how far V is from the Bellman optimality equation's fixed point. */
    public double bellmanResidual(double[] values) {
        double residual = 0;
        for (int s = 0; s < states(); s++) {
            if (acts(s)) {
                residual = Math.max(residual, Math.abs(backup(s, greedy(s, values), values) - values[s]));
            }
        }
        return residual;
    }

    /**
     * The first open cell, in reading order, from which no terminal cell can be reached by any moves,
     * or -1 when every open cell can reach one.
     */
    public int cutOff() {
        int n = states();
        boolean[] reaches = new boolean[n];
        for (int s = 0; s < n; s++) {
            reaches[s] = terminal(s);
        }
        // Backwards: s reaches a terminal when some move of s leads to a cell that does.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int s = 0; s < n; s++) {
                if (!reaches[s] && acts(s)) {
                    for (int a = 0; a < ACTIONS && !reaches[s]; a++) {
                        if (reaches[next(s, a, 0)]) {
                            reaches[s] = true;
                            grew = true;
                        }
                    }
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (acts(s) && !reaches[s]) {
                return s;
            }
        }
        return -1;
    }

    /**
     * For each cell the agent acts in, the move (as meant) along a shortest way to a goal or pit, the
     * first such move in index order; up where none can be reached. Policy iteration's first policy:
     * with γ = 1 its evaluation needs a policy that ends episodes (Sutton and Barto, §4.1).
     */
    public int[] towardTerminal() {
        int n = states();
        int[] distance = new int[n];
        for (int s = 0; s < n; s++) {
            distance[s] = terminal(s) ? 0 : Integer.MAX_VALUE;
        }
        boolean shorter = true;
        while (shorter) {
            shorter = false;
            for (int s = 0; s < n; s++) {
                for (int a = 0; a < ACTIONS && acts(s); a++) {
                    int there = distance[next(s, a, 0)];
                    if (there != Integer.MAX_VALUE && there + 1 < distance[s]) {
                        distance[s] = there + 1;
                        shorter = true;
                    }
                }
            }
        }
        int[] policy = new int[n];
        for (int s = 0; s < n; s++) {
            policy[s] = -1;
            for (int a = 0; a < ACTIONS && acts(s); a++) {
                int there = distance[next(s, a, 0)];
                if (policy[s] < 0 || there < distance[next(s, policy[s], 0)]) {
                    policy[s] = a;
                }
            }
        }
        return policy;
    }

    /** Whether a terminal cell can be reached from the start. */
    public boolean startReachesTerminal() {
        int n = states();
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(layout.start());
        seen[layout.start()] = true;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            if (terminal(s)) {
                return true;
            }
            for (int a = 0; a < ACTIONS; a++) {
                int to = next(s, a, 0);
                if (!seen[to]) {
                    seen[to] = true;
                    queue.add(to);
                }
            }
        }
        return false;
    }
}
