package org.stepwise.algo.manifold;

/**
 * The optimiser's settings of a t-SNE run, as scikit-learn 1.2.1's {@code TSNE._tsne} passes them
 * to {@code _gradient_descent}: 250 iterations of early exaggeration at momentum 0.5, then the
 * rest up to {@code nIter} at momentum 0.8, the error checked every 50 iterations.
 */
record TsneSchedule(double exaggeration, double learningRate, int nIter) {

    static final int EXPLORATION_ITERATIONS = 250;
    static final int CHECK_EVERY = 50;
    static final int EXPLORATION_PATIENCE = 250;
    static final int PATIENCE = 300;
    static final double MIN_GRAD_NORM = 1e-7;
    static final double MIN_GAIN = 0.01;
    static final double EXPLORATION_MOMENTUM = 0.5;
    static final double MOMENTUM = 0.8;

    /** scikit-learn 1.2's {@code learning_rate="auto"}: max(n / early exaggeration / 4, 50). */
    static double autoLearningRate(int n, double exaggeration) {
        return Math.max(n / exaggeration / 4, 50);
    }
}
