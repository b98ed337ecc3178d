package org.stepwise.algo.rl;

/**
 * The kinds of cell of a grid world, each with the character of the layout format (a second
 * character where the format allows one). A goal and a pit end the episode; a cliff, as in
 * Sutton and Barto's Example 6.6, pays {@link #CLIFF_REWARD} and sends the agent back to the start.
 */
public enum GridCell {
    EMPTY('.', '.'),
    WALL('#', '#'),
    START('S', 'S'),
    /** A terminal cell that pays +1 on arrival (with the step's reward). */
    GOAL('G', '+'),
    /** A terminal cell that pays −1 on arrival (with the step's reward). */
    PIT('X', '-'),
    /** Stepping in pays −100 instead of the step's reward and puts the agent back on the start. */
    CLIFF('C', 'C');

    /** What stepping into the cliff pays (Sutton and Barto, Example 6.6). */
    public static final double CLIFF_REWARD = -100;

    private final char symbol;
    private final char alias;

    GridCell(char symbol, char alias) {
        this.symbol = symbol;
        this.alias = alias;
    }

    /** The character a layout writes it with. */
    public char symbol() { return symbol; }

    /** Whether an episode ends on arriving here. */
    public boolean terminal() { return this == GOAL || this == PIT; }

    /** What arriving in a terminal cell pays on top of the step's reward (0 for other cells). */
    public double arrivalReward() {
        return this == GOAL ? 1 : this == PIT ? -1 : 0;
    }

    /**
     * The next kind in the editor's cycle: empty, wall, goal, pit, cliff, empty... The start stays
     * the start (a layout has exactly one; the editor moves it with another gesture).
     */
    public GridCell next() {
        return switch (this) {
            case EMPTY -> WALL;
            case WALL -> GOAL;
            case GOAL -> PIT;
            case PIT -> CLIFF;
            case CLIFF -> EMPTY;
            case START -> START;
        };
    }

    /** The kind written {@code c}, or null for a character that is no cell. */
    static GridCell of(char c) {
        for (GridCell cell : values()) {
            if (cell.symbol == c || cell.alias == c) {
                return cell;
            }
        }
        return null;
    }
}
