package org.stepwise.algo.neural.init;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.neural.Initialization;

/**
 * The starting weights the lesson compares, each one {@link Initialization} of the neural module:
 * the two naive ones (0.01·N(0, 1) and N(0, 1)), Glorot &amp; Bengio's (2010) normalized
 * initialization, Var w = 2 / (fan-in + fan-out) drawn uniformly as in their paper, and He et
 * al.'s (2015), Var w = 2 / fan-in drawn from a normal as in theirs. Biases start at 0.
 */
public enum WeightScheme {
    SMALL("0.01·N(0, 1)", Initialization.SMALL_NORMAL),
    NORMAL("N(0, 1)", Initialization.STANDARD_NORMAL),
    XAVIER("Xavier", Initialization.XAVIER_UNIFORM),
    HE("He", Initialization.HE_NORMAL);

    /** The parameter's values, in the order of the constants. */
    public static final List<String> IDS = List.of("small", "normal", "xavier", "he");

    private final String label;
    private final Initialization initialization;

    WeightScheme(String label, Initialization initialization) {
        this.label = label;
        this.initialization = initialization;
    }

    /** The name a learner reads ("Xavier", "N(0, 1)"). */
    public String label() { return label; }

    /** The parameter value ("xavier"). */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    Initialization initialization() { return initialization; }

    static WeightScheme of(String id) { return valueOf(id.toUpperCase(Locale.ROOT)); }

    /**
     * The schemes drawn side by side: N(0, 1), Xavier and He always (the comparison of Glorot &amp;
     * Bengio and of He et al.), with 0.01·N(0, 1) first when it is the one chosen.
     */
    static List<WeightScheme> compared(WeightScheme chosen) {
        return chosen == SMALL ? List.of(SMALL, NORMAL, XAVIER, HE) : List.of(NORMAL, XAVIER, HE);
    }
}
