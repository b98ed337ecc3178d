package org.stepwise.algo.cluster;

/** What a k-means step did, so the view and the narration know which half of the iteration they show. */
public enum HalfStep {
    /** Step 0: the first centres, no point assigned yet. */
    START,
    /** Every point (or the batch's) to its nearest centroid. */
    ASSIGN,
    /** Every centroid to the mean of its points (or nudged toward its batch points). */
    MOVE,
    /** After convergence by tol or the iteration limit: every point once more to the final centroids. */
    FINAL_ASSIGN
}
