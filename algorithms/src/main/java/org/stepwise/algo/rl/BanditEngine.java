package org.stepwise.algo.rl;

import java.util.List;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * The policies playing one bandit side by side. One step is one pull of every policy at the same
 * time t: the bandit draws one reward of every arm ({@link BanditArms#draw}), each policy chooses
 * an arm, is paid that arm's reward and learns, and its regret grows by q*(best) − q*(arm pulled)
 * (the pseudo-regret: the expected loss of the choice, not of the reward's luck). The run ends
 * CONVERGED after the given number of pulls.
 *
 * <p>{@link #step()} allocates nothing (the rewards' buffer is the engine's).
 */
final class BanditEngine implements Engine<BanditSnapshot> {

    private final BanditArms arms;
    private final BanditPolicy[] policies;
    private final int horizon;
    private final double[] rewards;
    /** The true means, one copy shared by every snapshot. */
    private final double[] means;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    BanditEngine(BanditArms arms, List<BanditPolicy> policies, int horizon) {
        this.arms = arms;
        this.policies = policies.toArray(BanditPolicy[]::new);
        this.horizon = horizon;
        this.rewards = new double[arms.arms()];
        this.means = arms.means();
    }

    @Override
    public BanditSnapshot snapshot() {
        PolicyState[] states = new PolicyState[policies.length];
        for (int i = 0; i < policies.length; i++) {
            states[i] = policies[i].state(step);
        }
        return new BanditSnapshot(step, status, arms.rewards(), means, arms.best(), states);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        arms.draw(rewards);
        for (BanditPolicy policy : policies) {
            policy.play(step, rewards, arms);
        }
        status = step >= horizon ? StepResult.CONVERGED : StepResult.CONTINUE;
        return status;
    }
}
