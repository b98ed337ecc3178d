package org.stepwise.algo.tree;

/** Where a node stands in the growing tree: open (a candidate split waits), split, or a leaf and why. */
public enum NodeStatus {
    OPEN("open: its best split waits its turn"),
    SPLIT("split"),
    PURE("pure"),
    MAX_DEPTH("at maxDepth"),
    MIN_SAMPLES_SPLIT("fewer rows than minSamplesSplit"),
    MIN_SAMPLES_LEAF("too few rows for two leaves of minSamplesLeaf"),
    NO_SPLIT("no allowed split"),
    MIN_DECREASE("its best split lowers the impurity less than minImpurityDecrease");

    private final String why;

    NodeStatus(String why) {
        this.why = why;
    }

    /** A few words for narration: "pure", "at maxDepth". */
    public String why() { return why; }

    /** Whether the node is a leaf for good (neither split nor waiting). */
    public boolean closedLeaf() { return this != OPEN && this != SPLIT; }
}
