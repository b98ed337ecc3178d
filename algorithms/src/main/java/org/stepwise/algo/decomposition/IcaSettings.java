package org.stepwise.algo.decomposition;

/**
 * A FastICA run's parameters as scikit-learn names them: {@code fun}, {@code algorithm}
 * ({@code parallel} when true, else {@code deflation}), {@code max_iter}, {@code tol}.
 */
record IcaSettings(IcaContrast contrast, boolean parallel, int maxIter, double tol) {

    String algorithm() { return parallel ? "parallel" : "deflation"; }
}
