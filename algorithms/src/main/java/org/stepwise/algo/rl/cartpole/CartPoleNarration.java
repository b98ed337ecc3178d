package org.stepwise.algo.rl.cartpole;

import java.util.Locale;
import org.stepwise.algo.rl.CartPole;

/** The sentence under the cart-pole: the push, the state, the return so far, what the learner computed. */
final class CartPoleNarration {

    private CartPoleNarration() {
    }

    /** The most detailed form within {@code characters}: with the state and the learner's formula, or without. */
    static String describe(CartPoleSnapshot s, int characters) {
        String full = describe(s, true);
        return full.length() <= characters ? full : describe(s, false);
    }

    private static String describe(CartPoleSnapshot s, boolean detailed) {
        if (s.step() == 0) {
            return "The pole stands near upright on the cart; "
                    + s.algorithm().label() + " has not acted yet. Each step pushes the cart left or right for 0.02 s.";
        }
        StringBuilder text = new StringBuilder();
        text.append("Episode ").append(ended(s) ? s.episodes() : s.episodes() + 1)
                .append(", step ").append(s.returnSoFar()).append(": pushed ").append(s.lastAction() == 1 ? "right" : "left");
        text.append(detailed ? String.format(Locale.ROOT, ", now θ = %.1f°, dθ/dt = %.2f rad/s. ",
                Math.toDegrees(s.state(CartPole.THETA)), s.state(CartPole.THETA_DOT)) : ". ");
        if (ended(s)) {
            text.append(s.fallen() ? "The pole fell: return " : "Cap reached: return ").append(s.returnSoFar()).append(". ");
        }
        text.append(detailed ? learning(s) : signal(s));
        text.append(String.format(Locale.ROOT, " Mean of the last %d returns: %.1f (solved at %s).",
                Math.min(Math.max(s.episodes(), 1), CartPoleSettings.WINDOW), s.meanReturnLast100(), number(s.target())));
        if (s.status().isFinal()) {
            text.append(s.status().reason().isEmpty() ? " Solved." : " Stopped: " + s.status().reason() + ".");
        }
        return text.toString().replace("  ", " ");
    }

    /** Whether this step ended an episode: the log's last return is this episode's. */
    private static boolean ended(CartPoleSnapshot s) {
        return s.fallen() || s.returnSoFar() == s.maxEpisodeSteps();
    }

    private static String learning(CartPoleSnapshot s) {
        double signal = s.signal();
        return switch (s.algorithm()) {
            case REINFORCE -> Double.isNaN(signal)
                    ? "REINFORCE waits for the episode's end."
                    : String.format(Locale.ROOT, "π and v̂ learn from the episode; advantage G₀ − v̂(S₀) = %.2f.", signal);
            case ACTOR_CRITIC -> String.format(Locale.ROOT,
                    "TD error δ = R + γ v̂(S′) − v̂(S) = %.3f moves actor and critic.", signal);
            case DQN -> Double.isNaN(signal)
                    ? String.format(Locale.ROOT, "ε = %.2f; filling the replay buffer.", s.epsilon())
                    : String.format(Locale.ROOT, "ε = %.2f; TD loss of a replayed batch %.4f.", s.epsilon(), signal);
        };
    }

    /** The learner's number alone, for a narrow box. */
    private static String signal(CartPoleSnapshot s) {
        double signal = s.signal();
        String epsilon = Double.isNaN(s.epsilon()) ? "" : String.format(Locale.ROOT, "ε = %.2f. ", s.epsilon());
        if (Double.isNaN(signal)) {
            return epsilon.trim();
        }
        String name = switch (s.algorithm()) {
            case REINFORCE -> "Advantage";
            case ACTOR_CRITIC -> "TD error";
            case DQN -> "TD loss";
        };
        return epsilon + String.format(Locale.ROOT, "%s %.3f.", name, signal);
    }

    /** A number as a learner reads it: 195, not 195.0. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
