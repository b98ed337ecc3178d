package org.stepwise.algo.manifold;

/**
 * The t-SNE objective: the Kullback–Leibler divergence KL(P ‖ Q) of the embedding and its gradient
 * (van der Maaten &amp; Hinton 2008, eq. 5), with P multiplied by the early exaggeration.
 */
interface KlObjective {

    /**
     * Writes ∂KL/∂y into {@code gradient} (n × 2, row-major) and returns KL(αP ‖ Q).
     *
     * @param embedding    n × 2 coordinates, row-major
     * @param exaggeration α, the factor on P (12 during early exaggeration, then 1)
     */
    double evaluate(double[] embedding, double exaggeration, double[] gradient);
}
