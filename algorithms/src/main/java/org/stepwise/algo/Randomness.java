package org.stepwise.algo;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The one way engines get randomness: a generator seeded from the run's seed. Never
 * {@code Math.random}, never the clock, so a run replays from (data, parameters, seed, steps).
 */
public final class Randomness {

    private Randomness() {
    }

    /** A generator whose sequence depends only on {@code seed} (SplittableRandom's algorithm). */
    public static RandomGenerator generator(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * Fills {@code order} with a uniformly random permutation of 0 .. n − 1 (Fisher–Yates, drawing
     * {@code random.nextInt(i + 1)} for i from n − 1 down to 1). Allocates nothing. Modified:
     * {@code order}, {@code random}'s state.
     */
    public static void permutation(int[] order, RandomGenerator random) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
