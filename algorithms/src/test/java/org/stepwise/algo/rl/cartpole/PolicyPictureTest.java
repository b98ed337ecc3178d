package org.stepwise.algo.rl.cartpole;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.algo.Randomness;
import org.stepwise.algo.neural.ActivationFunction;
import org.stepwise.algo.neural.Huber;
import org.stepwise.algo.rl.policy.QNetwork;
import org.stepwise.algo.rl.policy.SoftmaxPolicy;

/**
 * The heatmap's policy: π(right | 0, 0, θ, θ̇) of the soft-max policy, and 1 − ε/2 or ε/2 by
 * DQN's greedy push; two pictures of networks of one shape evaluated in turn on one thread (which
 * shares a network between them) each give their own numbers.
 */
class PolicyPictureTest {

    private static final int[] HIDDEN = {8};
    private static final double[] THETAS = {-0.1, 0.0, 0.05, 0.2};
    private static final double[] THETA_DOTS = {1.5, -0.3, 0.0, -2.0};

    @Test
    void aSoftmaxPictureGivesThePolicysChanceOfPushingRightWithTheCartAtRest() {
        SoftmaxPolicy first = new SoftmaxPolicy(4, 2, HIDDEN, ActivationFunction.TANH, Randomness.generator(1));
        SoftmaxPolicy second = new SoftmaxPolicy(4, 2, HIDDEN, ActivationFunction.TANH, Randomness.generator(2));
        PolicyPicture firstPicture = PolicyPicture.of(first, HIDDEN, ActivationFunction.TANH);
        PolicyPicture secondPicture = PolicyPicture.of(second, HIDDEN, ActivationFunction.TANH);
        for (int round = 0; round < 2; round++) {
            check(firstPicture, first);
            check(secondPicture, second);
        }
    }

    private static void check(PolicyPicture picture, SoftmaxPolicy policy) {
        double[] out = new double[2 * THETAS.length];
        picture.predictProbabilities(THETAS, THETA_DOTS, THETAS.length, out);
        for (int i = 0; i < THETAS.length; i++) {
            double[] p = policy.probabilities(new double[] {0, 0, THETAS[i], THETA_DOTS[i]}, new double[2]);
            assertThat(out[2 * i]).isEqualTo(p[0]);
            assertThat(out[2 * i + 1]).isEqualTo(p[1]);
        }
    }

    @Test
    void aQPictureGivesTheEpsilonGreedyChanceOfTheGreedyPush() {
        QNetwork q = new QNetwork(4, 2, HIDDEN, ActivationFunction.RELU, new Huber(1), Randomness.generator(3));
        PolicyPicture picture = PolicyPicture.of(q, HIDDEN, ActivationFunction.RELU, 0.2);
        double[] out = new double[2 * THETAS.length];
        picture.predictProbabilities(THETAS, THETA_DOTS, THETAS.length, out);
        for (int i = 0; i < THETAS.length; i++) {
            int greedy = q.greedy(new double[] {0, 0, THETAS[i], THETA_DOTS[i]});
            assertThat(out[2 * i + 1]).isEqualTo(greedy == 1 ? 0.9 : 0.1, org.assertj.core.data.Offset.offset(1e-15));
            assertThat(out[2 * i] + out[2 * i + 1]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-15));
        }
    }
}
