package org.stepwise.algo.rl.cartpole;

import java.util.Locale;
import org.stepwise.algo.rl.CartPole;

/** The sentence under the cart-pole: the push, the state, the return so far, what the learner computed. */
final class CartPoleNarration {

    private CartPoleNarration() {
    }

    static String describe(CartPoleSnapshot s) {
        if (s.step() == 0) {
            return "The pole stands near upright on the cart; "
                    + s.algorithm().label() + " has not acted yet. Each step pushes the cart left or right for 0.02 s.";
        }
        StringBuilder text = new StringBuilder();
        text.append("Episode ").append(ended(s) ? s.episodes() : s.episodes() + 1)
                .append(": pushed ").append(s.lastAction() == 1 ? "right" : "left")
                .append(String.format(Locale.ROOT, "; θ = %.1f°, θ̇ = %.2f rad/s, x = %.2f m. ",
                        Math.toDegrees(s.state(CartPole.THETA)), s.state(CartPole.THETA_DOT), s.state(CartPole.X)));
        if (ended(s)) {
            text.append(s.fallen() ? "The pole fell: " : "The episode reached its cap: ")
                    .append("return ").append(s.returnSoFar()).append(". ");
        } else {
            text.append("Return so far ").append(s.returnSoFar()).append(". ");
        }
        text.append(learning(s));
        text.append(String.format(Locale.ROOT, " Mean return of the last %d episodes: %.1f (solved at %s).",
                Math.min(Math.max(s.episodes(), 1), CartPoleSettings.WINDOW), s.meanReturnLast100(), number(s.target())));
        if (s.status().isFinal()) {
            text.append(s.status().reason().isEmpty() ? " Solved." : " Stopped: " + s.status().reason() + ".");
        }
        return text.toString();
    }

    /** Whether this step ended an episode: the log's last return is this episode's. */
    private static boolean ended(CartPoleSnapshot s) {
        return s.fallen() || s.returnSoFar() == s.maxEpisodeSteps();
    }

    private static String learning(CartPoleSnapshot s) {
        double signal = s.signal();
        return switch (s.algorithm()) {
            case REINFORCE -> Double.isNaN(signal)
                    ? "REINFORCE learns when the episode ends."
                    : String.format(Locale.ROOT, "One update of π and v̂ from the whole episode; the first step's "
                            + "advantage G₀ − v̂(S₀) = %.2f.", signal);
            case ACTOR_CRITIC -> String.format(Locale.ROOT,
                    "TD error δ = R + γ v̂(S′) − v̂(S) = %.3f moves the critic and the actor.", signal);
            case DQN -> Double.isNaN(signal)
                    ? String.format(Locale.ROOT, "ε = %.2f; filling the replay buffer before learning.", s.epsilon())
                    : String.format(Locale.ROOT, "ε = %.2f; TD loss of a replayed batch = %.4f.", s.epsilon(), signal);
        };
    }

    /** A number as a learner reads it: 195, not 195.0. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
