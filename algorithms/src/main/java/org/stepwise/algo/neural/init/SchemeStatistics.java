package org.stepwise.algo.neural.init;

/**
 * What one pass through the net of one {@link WeightScheme} gave, per layer (index 0 the first):
 * the activations' standard deviation, the norm of the weights' gradient, the share of saturated
 * units (|a| &gt; 0.99) and the histograms of the activations and of ∂L/∂W's entries. Immutable by
 * convention: the arrays are the snapshot's own and are not handed out to be modified.
 */
public record SchemeStatistics(WeightScheme scheme, double[] activationStd, double[] gradientNorm,
                               double[] saturatedShare, ValueHistogram[] activations, ValueHistogram[] gradients) {

    /** Reads every layer's statistics off {@code pass} after its {@link DeepPass#run}. */
    static SchemeStatistics of(WeightScheme scheme, DeepPass pass) {
        int depth = pass.depth();
        double[] std = new double[depth];
        double[] norm = new double[depth];
        double[] saturated = new double[depth];
        ValueHistogram[] activations = new ValueHistogram[depth];
        ValueHistogram[] gradients = new ValueHistogram[depth];
        for (int l = 0; l < depth; l++) {
            std[l] = pass.activationStd(l);
            norm[l] = pass.gradientNorm(l);
            if (!Double.isFinite(std[l]) || !Double.isFinite(norm[l])) {
                return null;
            }
            saturated[l] = pass.saturatedShare(l);
            activations[l] = pass.activationHistogram(l);
            gradients[l] = pass.gradientHistogram(l);
        }
        return new SchemeStatistics(scheme, std, norm, saturated, activations, gradients);
    }

    /** The number of layers. */
    public int depth() { return activationStd.length; }

    /** The first layer whose statistics are not finite numbers, 1-based; 0 when all are. */
    static int firstOverflow(DeepPass pass) {
        for (int l = 0; l < pass.depth(); l++) {
            if (!Double.isFinite(pass.activationStd(l)) || !Double.isFinite(pass.gradientNorm(l))) {
                return l + 1;
            }
        }
        return 0;
    }
}
