package org.stepwise.algo.neural.backprop;

import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The network after some stages of backpropagation: its weights now and at the round's start,
 * and the round's values that have been revealed so far (z, a, ∂L/∂a, f′(z) and δ of each node;
 * ∂L/∂w of each weight; the loss). Layers of nodes are numbered from 0 (the inputs).
 *
 * <p>Metrics: {@code loss} (the last loss computed: this round's once its loss stage has passed,
 * else the previous round's), {@code coefs} and {@code intercepts} (row l: the weights W of dense
 * layer l, inputs × outputs row-major, as {@code coefs_[l].ravel()}, and its biases),
 * {@code gradients} and {@code intercept_gradients} (the same layout: ∂L/∂W and ∂L/∂b of the last
 * round whose every weight gradient has been computed, scikit-learn's {@code coef_grads} and
 * {@code intercept_grads}).
 */
public final class BackpropSnapshot implements Snapshot {

    private static final Scalars<BackpropSnapshot> SCALARS = Scalars.<BackpropSnapshot>builder()
            .scalarWhileDefined("loss", BackpropSnapshot::latestLoss)
            .count("round", BackpropSnapshot::round)
            .build();

    private final BackpropRun run;
    private final int step;
    private final StepResult status;
    private final int round;
    private final int stage;
    private final double[] parameters;
    private final double[] before;
    private final int[] starts;
    private final double[][] z;
    private final double[][] a;
    private final double[][] lossByA;
    private final double[][] slope;
    private final double[][] delta;
    private final double[] gradients;
    private final double[] previousGradients;
    private final double loss;
    private final double previousLoss;

    BackpropSnapshot(BackpropRun run, int step, StepResult status, int round, int stage, double[] parameters,
                     double[] before, BackpropPass pass, double[] gradients, double[] previousGradients,
                     double previousLoss) {
        this.run = run;
        this.step = step;
        this.status = status;
        this.round = round;
        this.stage = stage;
        this.parameters = parameters.clone();
        this.before = before.clone();
        this.starts = pass.weightStarts();
        this.z = copy(pass.z);
        this.a = copy(pass.a);
        this.lossByA = copy(pass.lossByA);
        this.slope = copy(pass.slope);
        this.delta = copy(pass.delta);
        this.gradients = gradients.clone();
        this.previousGradients = previousGradients == null ? null : previousGradients.clone();
        this.loss = pass.loss;
        this.previousLoss = previousLoss;
        if (stage < 0) {
            System.arraycopy(run.example().x(), 0, a[0], 0, a[0].length);
        }
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** The round the last stage belongs to, from 1 (0 before the first step). */
    public int round() { return step == 0 ? 0 : round + 1; }

    /** The stage the last step revealed, or null before the first step. */
    public Stage stage() { return stage < 0 ? null : run.stages().get(stage); }

    /** Stages in a round. */
    public int stagesPerRound() { return run.perRound(); }

    /** The number of nodes in each layer: inputs, hidden layers, outputs. */
    public int[] widths() { return run.widths().clone(); }

    public int depth() { return run.depth(); }

    public String nodeName(int layer, int node) { return run.nodeName(layer, node); }

    public String weightName(int layer, int from, int to) { return run.weightName(layer, from, to); }

    public String activationLabel() { return run.activationLabel(); }

    public String outputLabel() { return run.outputLabel(); }

    /** The loss as a formula over the outputs ("½ Σ (y − a)²"). */
    public String lossFormula() { return run.lossFormula(); }

    public double learningRate() { return run.learningRate(); }

    /** Whether the run started from Mazur's weights. */
    public boolean mazurWeights() { return run.mazurWeights(); }

    public double target(int output) { return run.example().target()[output]; }

    /** Whether {@code s} has been revealed in the current round. */
    public boolean revealed(Stage s) { return stage >= 0 && stage >= run.order().get(s); }

    /** Whether node {@code node} of {@code layer}'s z and a are known (the inputs always are). */
    public boolean forwardKnown(int layer, int node) { return layer == 0 || revealed(Stage.forward(layer, node)); }

    public boolean lossKnown() { return revealed(Stage.loss()); }

    public boolean deltaKnown(int layer, int node) { return revealed(Stage.backward(layer, node)); }

    public boolean gradientKnown(int layer, int from, int to) { return revealed(Stage.gradient(layer, from, to)); }

    /** Whether this round's update has been made (the weights are the new ones). */
    public boolean updated() { return revealed(Stage.update()); }

    public double z(int layer, int node) { return z[layer][node]; }

    /** The activation of a node; the input value for layer 0. */
    public double a(int layer, int node) { return a[layer][node]; }

    /** ∂L/∂a of a node past the inputs. */
    public double lossByA(int layer, int node) { return lossByA[layer][node]; }

    /** f′(z) of a node past the inputs: ∂a/∂z. */
    public double slope(int layer, int node) { return slope[layer][node]; }

    /** δ = ∂L/∂z of a node past the inputs, also ∂L/∂b of its bias. */
    public double delta(int layer, int node) { return delta[layer][node]; }

    /** This round's loss (NaN before the round's pass). */
    public double loss() { return loss; }

    /** The last loss computed: this round's once revealed, else the previous round's; NaN before any. */
    public double latestLoss() { return lossKnown() ? loss : previousLoss; }

    public double gradient(int layer, int from, int to) { return gradients[weightIndex(layer, from, to)]; }

    public double weight(int layer, int from, int to) { return parameters[weightIndex(layer, from, to)]; }

    /** The weight at the start of the round, before its update. */
    public double weightBefore(int layer, int from, int to) { return before[weightIndex(layer, from, to)]; }

    public double bias(int layer, int node) { return parameters[biasIndex(layer, node)]; }

    public double biasBefore(int layer, int node) { return before[biasIndex(layer, node)]; }

    /**
     * The weight to write the chain rule for, as {layer, from, to}: the one whose gradient the
     * last stage computed, else the output layer's first (Mazur's w5 in his network).
     */
    public int[] highlighted() {
        Stage s = stage();
        if (s != null && s.kind() == Stage.Kind.GRADIENT) {
            return new int[] {s.layer(), s.from(), s.node()};
        }
        return new int[] {depth(), 0, 0};
    }

    /** The chain rule for one weight with the numbers known so far (see {@link BackpropNarration#chainRule}). */
    public String chainRule(int layer, int from, int to) { return BackpropNarration.chainRule(this, layer, from, to); }

    private int weightIndex(int layer, int from, int to) { return starts[layer] + from * run.widths()[layer] + to; }

    private int biasIndex(int layer, int node) {
        return starts[layer] + run.widths()[layer - 1] * run.widths()[layer] + node;
    }

    @Override
    public String narration() { return BackpropNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = narration();
        return full.length() <= characters ? full : BackpropNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        int[] widths = run.widths();
        double[][] coefs = new double[depth()][];
        double[][] intercepts = new double[depth()][];
        for (int l = 1; l <= depth(); l++) {
            coefs[l - 1] = slice(parameters, starts[l], widths[l - 1] * widths[l]);
            intercepts[l - 1] = slice(parameters, starts[l] + widths[l - 1] * widths[l], widths[l]);
        }
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this).matrix("coefs", coefs)
                .matrix("intercepts", intercepts);
        double[] shown = updated() || gradientKnown(1, widths[0] - 1, widths[1] - 1) ? gradients : previousGradients;
        if (shown != null) {
            double[][] weightGradients = new double[depth()][];
            double[][] biasGradients = new double[depth()][];
            for (int l = 1; l <= depth(); l++) {
                weightGradients[l - 1] = slice(shown, starts[l], widths[l - 1] * widths[l]);
                biasGradients[l - 1] = slice(shown, starts[l] + widths[l - 1] * widths[l], widths[l]);
            }
            metrics.matrix("gradients", weightGradients).matrix("intercept_gradients", biasGradients);
        }
        return metrics.build();
    }

    private static double[] slice(double[] values, int from, int count) {
        double[] out = new double[count];
        System.arraycopy(values, from, out, 0, count);
        return out;
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BackpropSnapshot[step %d, round %d, %s, %s]", step, round(), stage(), status);
    }
}
