package org.stepwise.algo.neural.backprop;

import java.util.Locale;
import org.stepwise.algo.StepResult;

/** The backprop lesson's sentences, with the stage's real numbers (six significant digits). */
public final class BackpropNarration {

    private BackpropNarration() {
    }

    static String full(BackpropSnapshot s) {
        Stage stage = s.stage();
        if (stage == null) {
            return opening(s) + ending(s);
        }
        String round = "Round " + s.round() + ", ";
        String text = switch (stage.kind()) {
            case FORWARD -> round + "forward: " + forward(s, stage.layer(), stage.node()) + ".";
            case LOSS -> round + "the loss L = " + s.lossFormula() + " = " + number(s.loss()) + " (" + outputs(s) + ").";
            case BACKWARD -> round + "backward: " + backward(s, stage.layer(), stage.node()) + ".";
            case GRADIENT -> round + "gradient: " + gradient(s, stage.layer(), stage.from(), stage.node()) + ".";
            case UPDATE -> round + "update with η = " + number(s.learningRate()) + ": every w ← w − η ∂L/∂w and b ← b − η δ, "
                    + "e.g. " + s.weightName(s.depth(), 0, 0) + " " + number(s.weightBefore(s.depth(), 0, 0)) + " → "
                    + number(s.weight(s.depth(), 0, 0)) + ". The loss was " + number(s.loss())
                    + "; the next round takes the same example from the new weights.";
        };
        return text + ending(s);
    }

    static String brief(BackpropSnapshot s) {
        Stage stage = s.stage();
        if (stage == null) {
            return "One example forward, back and one update, a stage a step." + ending(s);
        }
        String round = "Round " + s.round() + ": ";
        return switch (stage.kind()) {
            case FORWARD -> round + "a(" + s.nodeName(stage.layer(), stage.node()) + ") = "
                    + number(s.a(stage.layer(), stage.node())) + ".";
            case LOSS -> round + "loss " + number(s.loss()) + ".";
            case BACKWARD -> round + "δ(" + s.nodeName(stage.layer(), stage.node()) + ") = "
                    + number(s.delta(stage.layer(), stage.node())) + ".";
            case GRADIENT -> round + "∂L/∂" + s.weightName(stage.layer(), stage.from(), stage.node()) + " = "
                    + number(s.gradient(stage.layer(), stage.from(), stage.node())) + ".";
            case UPDATE -> round + "update; the loss was " + number(s.loss()) + ".";
        } + ending(s);
    }

    private static String opening(BackpropSnapshot s) {
        int[] widths = s.widths();
        StringBuilder layout = new StringBuilder();
        StringBuilder x = new StringBuilder();
        StringBuilder y = new StringBuilder();
        for (int l = 0; l < widths.length; l++) {
            layout.append(l > 0 ? "-" : "").append(widths[l]);
        }
        for (int i = 0; i < widths[0]; i++) {
            x.append(i > 0 ? ", " : "").append(number(s.a(0, i)));
        }
        for (int j = 0; j < widths[widths.length - 1]; j++) {
            y.append(j > 0 ? ", " : "").append(number(s.target(j)));
        }
        return "A " + layout + " network of " + s.activationLabel() + " hidden neurons and " + s.outputLabel()
                + " outputs, loss L = " + s.lossFormula() + ", one example x = (" + x + "), target (" + y + "), "
                + (s.mazurWeights() ? "from Mazur's weights" : "from Glorot uniform weights")
                + "; press step to compute the first node.";
    }

    private static String forward(BackpropSnapshot s, int layer, int node) {
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < s.widths()[layer - 1]; i++) {
            sum.append(i > 0 ? " + " : "").append(signed(s.weight(layer, i, node))).append(" × ")
                    .append(signed(s.a(layer - 1, i)));
        }
        String name = s.nodeName(layer, node);
        String f = layer == s.depth() ? s.outputLabel() : s.activationLabel();
        return "z(" + name + ") = " + sum + " + " + signed(s.bias(layer, node)) + " = " + number(s.z(layer, node))
                + ", a(" + name + ") = " + f + "(" + number(s.z(layer, node)) + ") = " + number(s.a(layer, node));
    }

    private static String outputs(BackpropSnapshot s) {
        StringBuilder text = new StringBuilder();
        int last = s.depth();
        for (int j = 0; j < s.widths()[last]; j++) {
            text.append(j > 0 ? ", " : "").append(s.nodeName(last, j)).append(" = ").append(number(s.a(last, j)))
                    .append(" against ").append(number(s.target(j)));
        }
        return text.toString();
    }

    private static String backward(BackpropSnapshot s, int layer, int node) {
        String name = s.nodeName(layer, node);
        String lossByA;
        if (layer == s.depth()) {
            lossByA = "∂L/∂a " + number(s.lossByA(layer, node));
        } else {
            StringBuilder sum = new StringBuilder();
            for (int k = 0; k < s.widths()[layer + 1]; k++) {
                sum.append(k > 0 ? " + " : "").append(signed(s.delta(layer + 1, k))).append(" × ")
                        .append(signed(s.weightBefore(layer + 1, node, k)));
            }
            lossByA = "∂L/∂a = Σ δ w = " + sum + " = " + number(s.lossByA(layer, node));
        }
        return "δ(" + name + ") = ∂L/∂a · f′(z) with " + lossByA + " and f′(z) " + number(s.slope(layer, node))
                + ": δ = " + number(s.delta(layer, node)) + " (= ∂L/∂b)";
    }

    private static String gradient(BackpropSnapshot s, int layer, int from, int to) {
        return "∂L/∂" + s.weightName(layer, from, to) + " = δ(" + s.nodeName(layer, to) + ") · a("
                + s.nodeName(layer - 1, from) + ") = " + number(s.delta(layer, to)) + " × " + signed(s.a(layer - 1, from))
                + " = " + number(s.gradient(layer, from, to));
    }

    /**
     * The chain rule for one weight, with the numbers known so far ("?" for those not yet computed):
     * ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w = … × … × … = …, then its update once made.
     */
    static String chainRule(BackpropSnapshot s, int layer, int from, int to) {
        String node = s.nodeName(layer, to);
        boolean back = s.deltaKnown(layer, to);
        boolean front = s.forwardKnown(layer - 1, from);
        String rule = "∂L/∂" + s.weightName(layer, from, to) + " = ∂L/∂a(" + node + ") · ∂a/∂z(" + node + ") · ∂z/∂w = "
                + (back ? number(s.lossByA(layer, to)) : "?") + " × " + (back ? signed(s.slope(layer, to)) : "?")
                + " × " + (front ? signed(s.a(layer - 1, from)) : "?") + " = "
                + (s.gradientKnown(layer, from, to) ? number(s.gradient(layer, from, to)) : "?");
        String update = s.updated()
                ? s.weightName(layer, from, to) + " ← " + number(s.weightBefore(layer, from, to)) + " − "
                        + number(s.learningRate()) + " × " + signed(s.gradient(layer, from, to)) + " = "
                        + number(s.weight(layer, from, to))
                : s.weightName(layer, from, to) + " ← w − η ∂L/∂w = " + number(s.weight(layer, from, to)) + " − "
                        + number(s.learningRate()) + " × " + (s.gradientKnown(layer, from, to)
                        ? signed(s.gradient(layer, from, to)) : "?") + "  (at the update)";
        return rule + "\n" + update;
    }

    private static String ending(BackpropSnapshot s) {
        if (s.status().status() == StepResult.Status.CONVERGED) {
            return " All " + s.round() + " rounds are done.";
        }
        if (s.status().status() == StepResult.Status.STOPPED) {
            return " Stopped: " + s.status().reason() + ".";
        }
        return "";
    }

    /** A factor of a sum or product: a negative number in parentheses with a true minus sign. */
    private static String signed(double value) {
        return value < 0 ? "(−" + number(-value) + ")" : number(value);
    }

    /** Six significant digits, without trailing zeros. */
    public static String number(double value) {
        return number(value, 6);
    }

    /** {@code digits} significant digits, without trailing zeros. */
    public static String number(double value, int digits) {
        if (value == 0) {
            return "0";
        }
        // A true minus sign, as in the formulas beside.
        return String.format(Locale.ROOT, "%." + digits + "g", value).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "").replace('-', '−');
    }
}
