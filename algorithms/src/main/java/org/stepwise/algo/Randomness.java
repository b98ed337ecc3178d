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
}
