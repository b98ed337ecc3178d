package org.stepwise.algo.rl;

/**
 * The last action of a learning run, for the narration: where the agent was, what it did and
 * whether it explored, where it slipped to, what it was paid, the TD target and Q(s, a) before and
 * after the update, SARSA's next action, and whether the episode ended (or was cut off). The engine
 * writes one in place; snapshots hold copies.
 */
public final class LearningStep {
    int state = -1;
    int action = -1;
    int outcome;
    boolean explored;
    double reward;
    int next = -1;
    double before;
    double after;
    double target = Double.NaN;
    int nextAction = -1;
    boolean nextExplored;
    boolean episodeEnded;
    boolean cutOff;

    void set(int s, int a, int k, double r, int to, double qBefore) {
        state = s;
        action = a;
        outcome = k;
        reward = r;
        next = to;
        before = qBefore;
        target = Double.NaN;
        nextAction = -1;
        episodeEnded = false;
        cutOff = false;
    }

    LearningStep copy() {
        LearningStep copy = new LearningStep();
        copy.state = state;
        copy.action = action;
        copy.outcome = outcome;
        copy.explored = explored;
        copy.reward = reward;
        copy.next = next;
        copy.before = before;
        copy.after = after;
        copy.target = target;
        copy.nextAction = nextAction;
        copy.nextExplored = nextExplored;
        copy.episodeEnded = episodeEnded;
        copy.cutOff = cutOff;
        return copy;
    }

    /** The cell acted in; -1 before the first action. */
    public int state() { return state; }

    /** The action taken (0 up, 1 right, 2 down, 3 left). */
    public int action() { return action; }

    /** The cell arrived in (the start after a cliff). */
    public int next() { return next; }
}
