package org.stepwise.algo.neural.regularization;

import java.util.List;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.neural.BatchNorm;
import org.stepwise.algo.neural.Sequential;

/**
 * One network as it stood after an epoch: a copy of its parameters and of its batch-norm layers'
 * running estimates. Predictions (the boundary, held-out rows) rebuild an evaluation-mode network
 * of the layout per call and copy these into it, so the object stays immutable and several threads
 * may evaluate it at once.
 */
final class FrozenNet implements ClassProbabilities {

    private final NetLayout layout;
    private final double[] parameters;
    private final double[][] runningMeans;
    private final double[][] runningVariances;
    private final double weightNorm;

    private FrozenNet(NetLayout layout, double[] parameters, double[][] runningMeans, double[][] runningVariances,
                      double weightNorm) {
        this.layout = layout;
        this.weightNorm = weightNorm;
        this.parameters = parameters;
        this.runningMeans = runningMeans;
        this.runningVariances = runningVariances;
    }

    /** A copy of {@code network}'s present state. */
    static FrozenNet of(NetLayout layout, Sequential network) {
        List<BatchNorm> norms = NetLayout.batchNorms(network);
        double[][] means = new double[norms.size()][];
        double[][] variances = new double[norms.size()][];
        for (int l = 0; l < norms.size(); l++) {
            BatchNorm norm = norms.get(l);
            int width = norm.inputWidth();
            means[l] = new double[width];
            variances[l] = new double[width];
            for (int j = 0; j < width; j++) {
                means[l][j] = norm.runningMean(j);
                variances[l][j] = norm.runningVariance(j);
            }
        }
        double[] parameters = network.parameters().clone();
        return new FrozenNet(layout, parameters, means, variances,
                Math.sqrt(NetLayout.squaredWeightNorm(network, parameters)));
    }

    /** ‖W‖₂ over the dense layers' weights (biases and batch norm's γ, β left out). */
    double weightNorm() { return weightNorm; }

    @Override
    public int classCount() { return layout.classes(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        Sequential network = layout.evaluation();
        System.arraycopy(parameters, 0, network.parameters(), 0, parameters.length);
        List<BatchNorm> norms = NetLayout.batchNorms(network);
        for (int l = 0; l < norms.size(); l++) {
            norms.get(l).setRunningStatistics(runningMeans[l], runningVariances[l]);
        }
        double[] inputs = new double[count * NetLayout.INPUTS];
        for (int i = 0; i < count; i++) {
            inputs[2 * i] = xs[i];
            inputs[2 * i + 1] = ys[i];
        }
        network.prepare(Math.max(1, Math.min(count, 4096)));
        boolean binary = layout.outputs() == 1;
        double[] raw = binary ? new double[count] : out;
        network.predict(inputs, count, raw);
        if (binary) {
            for (int i = 0; i < count; i++) {
                out[2 * i] = 1 - raw[i];
                out[2 * i + 1] = raw[i];
            }
        }
    }
}
