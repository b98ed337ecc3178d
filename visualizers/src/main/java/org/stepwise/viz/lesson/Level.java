package org.stepwise.viz.lesson;

/** The six curriculum levels (curriculum/sources 001, L15–33), in teaching order. */
public enum Level {
    FOUNDATIONS("1 · Foundations"),
    CLASSICAL_ML("2 · Classical ML"),
    NEURAL_NETWORKS("3 · Neural networks and deep learning"),
    PROBABILISTIC("4 · Probabilistic and advanced"),
    RESEARCH("5 · Research topics"),
    SYSTEMS("6 · ML systems");

    private final String title;

    Level(String title) {
        this.title = title;
    }

    /** Title shown in the catalog. */
    public String title() { return title; }

    /** The level number, 1 to 6. */
    public int number() { return ordinal() + 1; }
}
