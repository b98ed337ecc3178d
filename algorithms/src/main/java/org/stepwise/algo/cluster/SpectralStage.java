package org.stepwise.algo.cluster;

/** What a spectral clustering step did: one stage of the pipeline, then k-means half-steps in the embedding. */
public enum SpectralStage {
    /** Step 0: only the points. */
    START,
    /** The affinity matrix A: how similar every pair of points is. */
    AFFINITY,
    /** The degrees and the normalized Laplacian L = I − D^−½(A − diag A)D^−½. */
    LAPLACIAN,
    /** The eigenvectors of L's smallest eigenvalues, divided by √degree: the embedding. */
    EIGENVECTORS,
    /** One k-means half-step (assign, move, or the final assignment) on the embedded points. */
    KMEANS
}
