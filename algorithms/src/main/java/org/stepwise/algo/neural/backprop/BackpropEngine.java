package org.stepwise.algo.neural.backprop;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;
import org.stepwise.algo.neural.Sequential;
import org.stepwise.algo.optim.GradientDescent;

/**
 * Backpropagation on one example, one stage a step (Rumelhart, Hinton &amp; Williams 1986; the
 * worked example of Mazur 2015). A round is the example forward through the network node by node,
 * its loss, δ = ∂L/∂z of each node from the output back, ∂L/∂w = δ · a of each weight, then one
 * gradient-descent update w ← w − η ∂L/∂w of every weight and bias: what scikit-learn 1.2.1's
 * {@code MLPRegressor} / {@code MLPClassifier(solver="sgd", momentum=0, alpha=0)} does in
 * {@code partial_fit} on that one example ({@code _backprop}, {@code SGDOptimizer}). The next
 * round starts from the updated weights on the same example, so the loss falls round by round.
 *
 * <p>The pass itself runs through the neural module's layers ({@link BackpropPass}) at a round's
 * first stage; the stages reveal its values in order. The run ends after {@code rounds} rounds; a
 * loss that is not a finite number stops it. {@link #step()} allocates nothing but the snapshot.
 */
final class BackpropEngine implements Engine<BackpropSnapshot> {

    private final BackpropRun run;
    private final Sequential network;
    private final BackpropPass pass;
    private final GradientDescent rule;
    private final double[] before;
    private final double[] previousGradients;
    private boolean hasPrevious;
    private double previousLoss = Double.NaN;
    private int step;
    private StepResult status = StepResult.CONTINUE;

    BackpropEngine(BackpropRun run, Sequential network) {
        this.run = run;
        this.network = network;
        this.pass = new BackpropPass(network, run.widths());
        this.rule = new GradientDescent(run.learningRate());
        this.before = network.parameters().clone();
        this.previousGradients = new double[before.length];
    }

    @Override
    public BackpropSnapshot snapshot() {
        int stage = step == 0 ? -1 : (step - 1) % run.perRound();
        int round = step == 0 ? 0 : (step - 1) / run.perRound();
        return new BackpropSnapshot(run, step, status, round, stage, network.parameters(), before, pass,
                network.gradients(), hasPrevious ? previousGradients : null, previousLoss);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        int stage = step % run.perRound();
        int round = step / run.perRound();
        if (stage == 0) {
            System.arraycopy(network.parameters(), 0, before, 0, before.length);
            double loss = pass.run(run.example().x(), run.example().target());
            if (!Double.isFinite(loss)) {
                status = StepResult.stopped("in round " + (round + 1) + " the loss became " + loss
                        + ": the updates diverged; a smaller learning rate may help");
                return status;
            }
        }
        step++;
        if (run.stages().get(stage).kind() == Stage.Kind.UPDATE) {
            rule.update(network.parameters(), network.gradients(), round + 1, run.learningRate());
            System.arraycopy(network.gradients(), 0, previousGradients, 0, previousGradients.length);
            hasPrevious = true;
            previousLoss = pass.loss;
            if (round + 1 == run.rounds()) {
                status = StepResult.CONVERGED;
            }
        }
        return status;
    }
}
