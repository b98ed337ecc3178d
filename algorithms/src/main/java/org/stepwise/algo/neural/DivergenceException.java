package org.stepwise.algo.neural;

/**
 * The loss became NaN or infinite: training diverged (usually a learning rate too large). A
 * lesson engine catches it and ends the run with {@code STOPPED} and this message; the parameters
 * before the failed step are not restored.
 */
public final class DivergenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    DivergenceException(String message) {
        super(message);
    }
}
