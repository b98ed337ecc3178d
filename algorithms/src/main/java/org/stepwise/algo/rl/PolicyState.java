package org.stepwise.algo.rl;

/**
 * One policy at one step, immutable: its values per arm with the interval drawn around each, its
 * pulls per arm, its cumulative regret, and its last pull.
 *
 * @param values    sample averages Q(a) (ε-greedy, UCB1), the posterior mean (Thompson), or the
 *                  action probabilities π(a) (gradient bandit)
 * @param low       low end of each value's interval: Q − 1.96σ/√N (ε-greedy), Q − the UCB bonus,
 *                  the posterior's 95 % interval (Thompson); π(a) itself for the gradient bandit
 * @param high      high end of each interval
 * @param preferences the gradient bandit's preferences H(a); null for the other policies
 * @param lastArm   the arm pulled at this step; -1 before the first
 * @param lastWhy   the number behind the choice: the ε coin, the UCB bonus of the arm pulled, the
 *                  Thompson draw, π(a) of the gradient bandit
 */
public record PolicyState(PolicyKind kind, double[] values, double[] low, double[] high, int[] pulls,
                          double[] preferences, double regret,
                          int lastArm, double lastReward, double lastValueBefore, double lastWhy,
                          boolean lastExplored) {

    /** The value of arm a. */
    public double value(int arm) { return values[arm]; }

    public double low(int arm) { return low[arm]; }

    public double high(int arm) { return high[arm]; }

    public int pulls(int arm) { return pulls[arm]; }

    public int arms() { return values.length; }

    /** A copy of the values. */
    public double[] valuesCopy() { return values.clone(); }
}
