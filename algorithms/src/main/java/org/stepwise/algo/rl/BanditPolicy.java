package org.stepwise.algo.rl;

/**
 * One policy playing the bandit: it chooses an arm, is paid, and learns. Keeps the pulls per arm,
 * its values (what {@link #values} means is the policy's: sample averages, a posterior mean,
 * preferences) and the facts of its last pull for the narration. Mutable; used by one engine.
 */
abstract class BanditPolicy {

    final PolicyKind kind;
    final int[] pulls;
    final double[] values;
    double regret;
    int lastArm = -1;
    double lastReward = Double.NaN;
    double lastValueBefore = Double.NaN;
    /** The number behind the last choice: the ε coin, the UCB bonus, the Thompson draw, π(a). */
    double lastWhy = Double.NaN;
    /** Whether the last choice explored (ε-greedy's coin came up below ε). */
    boolean lastExplored;

    BanditPolicy(PolicyKind kind, int arms) {
        this.kind = kind;
        pulls = new int[arms];
        values = new double[arms];
    }

    /** The arm to pull at time t (1 for the first pull); sets {@link #lastWhy}. */
    abstract int choose(int t);

    /** Learns from {@code reward} paid by {@code arm} at time t. */
    abstract void learn(int arm, double reward, int t);

    /** The interval drawn around value a at time t: its low end ({@code values[a]} when there is none). */
    abstract double low(int arm, int t);

    /** The interval's high end. */
    abstract double high(int arm, int t);

    /** The value drawn for arm a: values[a] unless the policy shows something else (π for the gradient bandit). */
    double shown(int arm) { return values[arm]; }

    /** A copy of the gradient bandit's preferences; null for the other policies. */
    double[] preferences() { return null; }

    /** One pull: choose, be paid from this step's rewards, learn, add the pull's regret. */
    final void play(int t, double[] rewards, BanditArms arms) {
        int arm = choose(t);
        lastArm = arm;
        lastReward = rewards[arm];
        lastValueBefore = values[arm];
        pulls[arm]++;
        learn(arm, rewards[arm], t);
        regret += arms.gap(arm);
    }

    /** The sample-average update Q ← Q + (R − Q)/N (eq. 2.3), N already counting this pull. */
    final void averageIn(int arm, double reward) {
        values[arm] += (reward - values[arm]) / pulls[arm];
    }

    /** The arm of the largest value, the lowest index among equals. */
    final int greedy() {
        return BanditArms.argmax(values);
    }

    /** An immutable copy of the state at time t, for a snapshot. */
    final PolicyState state(int t) {
        double[] shown = new double[values.length];
        double[] lows = new double[values.length];
        double[] highs = new double[values.length];
        for (int a = 0; a < values.length; a++) {
            shown[a] = shown(a);
            lows[a] = low(a, t);
            highs[a] = high(a, t);
        }
        return new PolicyState(kind, shown, lows, highs, pulls.clone(), preferences(), regret, lastArm, lastReward,
                lastValueBefore, lastWhy, lastExplored);
    }
}
