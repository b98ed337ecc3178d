package org.stepwise.algo;

/** What data an engine needs, so the data picker offers only what fits. */
public enum DataKind {
    /** No data set: the engine works on a surface or an environment chosen by a parameter. */
    NONE,
    /** Features with class labels. */
    CLASSIFICATION,
    /** Features with a real target. */
    REGRESSION,
    /** Features only; targets are ignored (clustering, projections). */
    UNLABELLED
}
