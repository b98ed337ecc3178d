package org.stepwise.algo.rl;

/**
 * Upper-confidence-bound action selection (Sutton and Barto 2018, section 2.7, eq. 2.10):
 * A_t = argmax_a [Q_t(a) + c √(ln t / N_t(a))], an arm never pulled being a maximizing one (so
 * each arm is pulled once first, in index order), ties to the lowest index; Q is the sample
 * average. With c = √2 and rewards in [0, 1] this is UCB1 of Auer, Cesa-Bianchi and Fischer
 * (2002), whose expected regret grows as O(log t).
 */
final class Ucb1 extends BanditPolicy {

    private final double c;

    Ucb1(int arms, double c) {
        super(PolicyKind.UCB1, arms);
        this.c = c;
    }

    @Override
    int choose(int t) {
        int best = -1;
        double bestBound = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < values.length; a++) {
            if (pulls[a] == 0) {
                lastWhy = Double.POSITIVE_INFINITY;
                return a;
            }
            double bound = values[a] + bonus(a, t);
            if (bound > bestBound) {
                bestBound = bound;
                best = a;
            }
        }
        lastWhy = bonus(best, t);
        return best;
    }

    /** c √(ln t / N(a)): how far above Q(a) the arm's upper bound lies. */
    double bonus(int arm, int t) {
        return c * Math.sqrt(Math.log(t) / pulls[arm]);
    }

    @Override
    void learn(int arm, double reward, int t) {
        averageIn(arm, reward);
    }

    /** Q − the bonus at the next time step: the interval whose top the next choice compares. */
    @Override
    double low(int arm, int t) {
        return pulls[arm] == 0 ? values[arm] : values[arm] - bonus(arm, t + 1);
    }

    @Override
    double high(int arm, int t) {
        return pulls[arm] == 0 ? values[arm] : values[arm] + bonus(arm, t + 1);
    }
}
