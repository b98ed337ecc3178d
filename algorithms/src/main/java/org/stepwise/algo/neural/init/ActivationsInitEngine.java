package org.stepwise.algo.neural.init;

import java.util.List;
import java.util.random.RandomGenerator;
import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * One step: a new batch of {@code rows × width} inputs x ~ N(0, 1) (the standardized inputs both
 * papers assume) and an upstream gradient g ~ N(0, 1) of the same shape, through every compared
 * net forward and back ({@link DeepPass}); the run ends after {@link InitRun#batches()} batches.
 * Glorot &amp; Bengio (2010) and He et al. (2015) derive their variances from exactly these
 * statistics: Var a stays about constant through depth forward when n·Var w·(gain of f) ≈ 1, and
 * so does the gradient backward.
 *
 * <p>A net whose activations or gradients overflow (N(0, 1) weights with an unbounded activation,
 * deep enough) stops the run with the layer named. The buffers are allocated in the constructor;
 * the passes allocate nothing (the statistics copied into the snapshot do).
 */
final class ActivationsInitEngine implements Engine<ActivationsInitSnapshot> {

    private final InitRun run;
    private final List<DeepPass> passes;
    private final RandomGenerator batches;
    private final double[] x;
    private final double[] g;
    private SchemeStatistics[] statistics = new SchemeStatistics[0];
    private int step;
    private StepResult status = StepResult.CONTINUE;

    ActivationsInitEngine(InitRun run, List<DeepPass> passes, RandomGenerator batches) {
        this.run = run;
        this.passes = passes;
        this.batches = batches;
        this.x = new double[run.rows() * run.width()];
        this.g = new double[x.length];
    }

    @Override
    public ActivationsInitSnapshot snapshot() {
        return new ActivationsInitSnapshot(run, step, status, statistics);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = batches.nextGaussian();
        }
        for (int i = 0; i < g.length; i++) {
            g[i] = batches.nextGaussian();
        }
        SchemeStatistics[] next = new SchemeStatistics[passes.size()];
        for (int s = 0; s < next.length; s++) {
            DeepPass pass = passes.get(s);
            pass.run(x, g);
            next[s] = SchemeStatistics.of(run.compared().get(s), pass);
            if (next[s] == null) {
                status = StepResult.stopped("with " + run.compared().get(s).label() + " weights the "
                        + run.function().label() + " net's values overflowed at layer " + SchemeStatistics.firstOverflow(pass)
                        + "; a shallower net or another initialization keeps them finite");
                return status;
            }
        }
        statistics = next;
        step++;
        status = step >= run.batches() ? StepResult.CONVERGED : StepResult.CONTINUE;
        return status;
    }
}
