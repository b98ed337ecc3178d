package org.stepwise.algo.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.algo.optim.GradientDescent;

/**
 * The textbook example of Matt Mazur, "A Step by Step Backpropagation Example" (2015), through the
 * neural module: a 2-2-2 network of logistic units, E = ½ Σ (target − output)², one SGD update at
 * η = 0.5. His numbers are printed to 8 or 9 digits; the groundwork of the {@code backprop} lesson.
 */
class MazurExampleTest {

    private static Sequential network() {
        Sequential network = new Sequential(List.of(
                new Dense(2, 2), new Activation(ActivationFunction.SIGMOID, 2),
                new Dense(2, 2), new Activation(ActivationFunction.SIGMOID, 2)),
                MeanSquaredError.halved(), Penalty.none());
        // W is inputs × outputs: W[i][j] is the weight from node i to node j (w1 = i1 → h1, w2 = i2 → h1, ...).
        double[] start = {
                0.15, 0.25, 0.20, 0.30, 0.35, 0.35,   // w1, w3 / w2, w4, then b1 for h1 and h2
                0.40, 0.50, 0.45, 0.55, 0.60, 0.60};  // w5, w7 / w6, w8, then b2 for o1 and o2
        System.arraycopy(start, 0, network.parameters(), 0, start.length);
        return network;
    }

    @Test
    void theForwardPassTheErrorAndTheUpdatedWeightsAreMazurs() {
        Sequential network = network();
        double[] x = {0.05, 0.10};
        double[] target = {0.01, 0.99};
        double[] output = network.forward(x, 0, 1, true);
        assertThat(output[0]).isCloseTo(0.75136507, within(1e-8));
        assertThat(output[1]).isCloseTo(0.772928465, within(1e-9));
        double error = network.backward(target, 0);
        assertThat(error).isCloseTo(0.298371109, within(1e-9));
        // ∂E/∂w5 = (out_o1 − target_o1) · out_o1 (1 − out_o1) · out_h1
        assertThat(network.gradients()[6]).isCloseTo(0.082167041, within(1e-9));
        // ∂E/∂w1 through both outputs
        assertThat(network.gradients()[0]).isCloseTo(0.000438568, within(1e-9));
        new GradientDescent(0.5).update(network.parameters(), network.gradients(), 1, 0.5);
        double[] w = network.parameters();
        assertThat(w[6]).as("w5").isCloseTo(0.35891648, within(1e-8));
        assertThat(w[8]).as("w6").isCloseTo(0.408666186, within(1e-9));
        assertThat(w[7]).as("w7").isCloseTo(0.511301270, within(1e-9));
        assertThat(w[9]).as("w8").isCloseTo(0.561370121, within(1e-9));
        assertThat(w[0]).as("w1").isCloseTo(0.149780716, within(1e-9));
        assertThat(w[2]).as("w2").isCloseTo(0.19956143, within(1e-8));
        assertThat(w[1]).as("w3").isCloseTo(0.24975114, within(1e-8));
        assertThat(w[3]).as("w4").isCloseTo(0.29950229, within(1e-8));
    }
}
