package org.stepwise.algo.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.SklearnFixture;

/** The physics against Gym's CartPoleEnv.step, transcribed in {@code tools/reference/cartpole.py}. */
class CartPoleTest {

    @Test
    void everyStepEqualsTheBenchmarksEulerStep() {
        SklearnFixture fixture = SklearnFixture.load(CartPoleTest.class, "cartpole_physics");
        int checked = 0;
        for (SklearnFixture episode : fixture.parts("cases")) {
            double[] start = episode.vector("start");
            int[] actions = episode.integers("actions");
            double[][] states = episode.matrix("states");
            CartPole cart = new CartPole(500);
            cart.reset(start[0], start[1], start[2], start[3]);
            double[] state = new double[CartPole.STATE_SIZE];
            for (int i = 0; i < actions.length; i++) {
                assertEquals(1.0, cart.step(actions[i]));
                assertArrayEquals(states[i], cart.state(state), 1e-12, "step " + (i + 1));
                checked++;
            }
            boolean fell = !episode.isNull("terminated_at");
            assertEquals(fell, cart.done(), "episode ends where the benchmark's does");
            if (fell) {
                assertEquals((int) episode.number("terminated_at"), cart.steps());
                assertTrue(cart.fallen());
            }
        }
        assertEquals(10 + 35 + 120, checked);
    }

    @Test
    void anEpisodeIsCutAtMaxStepsAndSaysSo() {
        CartPole cart = new CartPole(3);
        cart.reset(0, 0, 0, 0);
        cart.step(0);
        cart.step(1);
        assertFalse(cart.done());
        cart.step(0);
        assertTrue(cart.done());
        assertTrue(cart.truncated());
        assertThrows(IllegalStateException.class, () -> cart.step(1));
    }

    @Test
    void startsAreDrawnWithinTheBenchmarksSpreadAndReplayFromTheSeed() {
        CartPole a = new CartPole(200);
        CartPole b = new CartPole(200);
        a.reset(new SplittableRandom(7));
        b.reset(new SplittableRandom(7));
        double[] sa = a.state(new double[4]);
        assertArrayEquals(sa, b.state(new double[4]));
        for (double v : sa) {
            assertTrue(Math.abs(v) <= CartPole.START_SPREAD);
        }
    }

    @Test
    void badInputIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> new CartPole(0));
        CartPole cart = new CartPole(10);
        cart.reset(0, 0, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cart.step(2));
        assertTrue(e.getMessage().contains("push left"));
    }
}
