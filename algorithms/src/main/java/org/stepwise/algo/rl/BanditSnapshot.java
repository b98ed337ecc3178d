package org.stepwise.algo.rl;

import java.util.Arrays;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The bandit after some pulls: its true means, and each playing policy's state
 * ({@link PolicyState}, in {@link PolicyKind} order). Immutable; the true means are one array
 * shared by every snapshot of a run and never written.
 *
 * <p>Metrics: {@code regret_<id>} (cumulative regret) for each policy playing, where id is
 * epsilon_greedy, ucb1, thompson or gradient; then the vector {@code regret} (the same numbers in
 * policy order), the matrix {@code estimates} (a row per policy: Q(a) for ε-greedy and UCB1, the
 * posterior mean for Thompson sampling, π(a) for the gradient bandit, which estimates no values),
 * the matrix {@code pulls} (pulls per arm), {@code preferences} (the gradient bandit's H(a), when
 * it plays) and {@code q_star} (the true means).
 */
public final class BanditSnapshot implements Snapshot {

    private static final String REGRET = "regret_";

    private final int step;
    private final StepResult status;
    private final BanditArms.Rewards rewards;
    private final double[] means;
    private final int best;
    private final PolicyState[] policies;

    BanditSnapshot(int step, StepResult status, BanditArms.Rewards rewards, double[] means, int best,
                   PolicyState[] policies) {
        this.step = step;
        this.status = status;
        this.rewards = rewards;
        this.means = means;
        this.best = best;
        this.policies = policies;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return BanditNarration.describe(this, Integer.MAX_VALUE); }

    /** Each policy's choice, reward and update, or only the arms pulled when that is too long. */
    @Override
    public String narration(int characters) { return BanditNarration.describe(this, characters); }

    /** Gaussian or Bernoulli arms. */
    public BanditArms.Rewards rewards() { return rewards; }

    public int arms() { return means.length; }

    /** q*(a), the true mean of arm a. */
    public double trueMean(int arm) { return means[arm]; }

    /** The arm with the highest true mean. */
    public int bestArm() { return best; }

    /** How many policies play. */
    public int policyCount() { return policies.length; }

    /** Policy i's state (0-based, in drawing order). */
    public PolicyState policy(int i) { return policies[i]; }

    /** The index of the policy of that kind, or -1 when it does not play. */
    public int indexOf(PolicyKind kind) {
        for (int i = 0; i < policies.length; i++) {
            if (policies[i].kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = Metrics.builder();
        double[] regret = new double[policies.length];
        double[][] estimates = new double[policies.length][];
        double[][] pulls = new double[policies.length][];
        for (int i = 0; i < policies.length; i++) {
            PolicyState policy = policies[i];
            metrics.scalar(REGRET + policy.kind().id(), policy.regret());
            regret[i] = policy.regret();
            estimates[i] = policy.valuesCopy();
            pulls[i] = Arrays.stream(policy.pulls()).asDoubleStream().toArray();
        }
        metrics.vector("regret", regret).matrix("estimates", estimates).matrix("pulls", pulls);
        int gradient = indexOf(PolicyKind.GRADIENT);
        if (gradient >= 0) {
            metrics.vector("preferences", policies[gradient].preferences());
        }
        return metrics.vector("q_star", means).build();
    }

    /** {@code regret_<id>} without building the metrics: the live chart's four numbers. */
    @Override
    public double scalar(String name) {
        for (PolicyState policy : policies) {
            String id = policy.kind().id();
            if (name.length() == REGRET.length() + id.length() && name.startsWith(REGRET) && name.endsWith(id)) {
                return policy.regret();
            }
        }
        return Double.NaN;
    }

    @Override
    public String toString() {
        return "BanditSnapshot[step " + step + ", " + status + ", "
                + Arrays.stream(policies).map(p -> p.kind().id()).toList() + "]";
    }
}
