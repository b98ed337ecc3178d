package org.stepwise.algo.rl;

import java.util.random.RandomGenerator;

/**
 * The cart-pole balancing task of Barto, Sutton and Anderson (1983), with the constants and
 * the explicit Euler step (τ = 0.02 s) of the common benchmark (OpenAI Gym's {@code CartPole}):
 * a force of ±10 N pushes a 1 kg cart carrying a 0.1 kg pole of half-length 0.5 m; the episode
 * ends when the pole leans past 12° or the cart leaves ±2.4 m, or after {@link #maxSteps()}
 * steps (200 in {@code CartPole-v0}, whose "solved" mark is a mean return of 195 over 100
 * episodes). Every step, the last one included, earns a reward of 1.
 *
 * <p>The state is four numbers (x, ẋ, θ, θ̇) kept in fields, so stepping allocates nothing:
 * the physics benchmark runs millions of steps a second.
 */
public final class CartPole {

    /** Index of each state variable in {@link #state(double[])}. */
    public static final int X = 0;
    public static final int X_DOT = 1;
    public static final int THETA = 2;
    public static final int THETA_DOT = 3;
    /** The number of state variables. */
    public static final int STATE_SIZE = 4;
    /** The two actions: push left (0) or push right (1). */
    public static final int ACTIONS = 2;

    public static final double GRAVITY = 9.8;
    public static final double CART_MASS = 1.0;
    public static final double POLE_MASS = 0.1;
    public static final double POLE_HALF_LENGTH = 0.5;
    public static final double FORCE = 10.0;
    public static final double TAU = 0.02;
    /** The pole falls past 12°, as the benchmark has it (12 · 2π / 360 rad). */
    public static final double THETA_LIMIT = 12 * 2 * Math.PI / 360;
    public static final double X_LIMIT = 2.4;
    /** Start states are drawn uniformly from ±0.05 in each variable. */
    public static final double START_SPREAD = 0.05;

    private static final double TOTAL_MASS = CART_MASS + POLE_MASS;
    private static final double POLE_MASS_LENGTH = POLE_MASS * POLE_HALF_LENGTH;

    private final int maxSteps;
    private double x;
    private double xDot;
    private double theta;
    private double thetaDot;
    private int steps;
    private boolean done = true;

    /** An environment whose episodes end after at most {@code maxSteps} steps. */
    public CartPole(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("An episode needs at least one step; got maxSteps " + maxSteps + ".");
        }
        this.maxSteps = maxSteps;
    }

    /** Starts an episode from a random state near upright and returns nothing: read {@link #state}. */
    public void reset(RandomGenerator random) {
        x = random.nextDouble(-START_SPREAD, START_SPREAD);
        xDot = random.nextDouble(-START_SPREAD, START_SPREAD);
        theta = random.nextDouble(-START_SPREAD, START_SPREAD);
        thetaDot = random.nextDouble(-START_SPREAD, START_SPREAD);
        steps = 0;
        done = false;
    }

    /** Starts an episode from the given state (tests and replays). */
    public void reset(double x, double xDot, double theta, double thetaDot) {
        this.x = x;
        this.xDot = xDot;
        this.theta = theta;
        this.thetaDot = thetaDot;
        steps = 0;
        done = false;
    }

    /**
     * Applies one action for τ seconds and returns the reward (1). After the step
     * {@link #done()} says whether the episode ended (pole fallen, cart out, or time up).
     */
    public double step(int action) {
        if (done) {
            throw new IllegalStateException("The episode has ended; reset the cart-pole before stepping.");
        }
        if (action != 0 && action != 1) {
            throw new IllegalArgumentException("A cart-pole action is 0 (push left) or 1 (push right); got " + action + ".");
        }
        double force = action == 1 ? FORCE : -FORCE;
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
        double thetaAcc = (GRAVITY * sin - cos * temp)
                / (POLE_HALF_LENGTH * (4.0 / 3.0 - POLE_MASS * cos * cos / TOTAL_MASS));
        double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
        // Explicit Euler, positions first from the old velocities, as the benchmark integrates.
        x += TAU * xDot;
        xDot += TAU * xAcc;
        theta += TAU * thetaDot;
        thetaDot += TAU * thetaAcc;
        steps++;
        done = fallen() || steps >= maxSteps;
        return 1.0;
    }

    /** True when the pole leans past 12° or the cart has left the track. */
    public boolean fallen() {
        return x < -X_LIMIT || x > X_LIMIT || theta < -THETA_LIMIT || theta > THETA_LIMIT;
    }

    /** True when the current episode has ended (or none has started). */
    public boolean done() {
        return done;
    }

    /** True when the episode ended by reaching {@link #maxSteps()} rather than by falling. */
    public boolean truncated() {
        return done && !fallen();
    }

    /** Steps taken in the current episode (its return so far). */
    public int steps() {
        return steps;
    }

    public int maxSteps() {
        return maxSteps;
    }

    /** Copies (x, ẋ, θ, θ̇) into {@code into} and returns it. */
    public double[] state(double[] into) {
        into[X] = x;
        into[X_DOT] = xDot;
        into[THETA] = theta;
        into[THETA_DOT] = thetaDot;
        return into;
    }
}
