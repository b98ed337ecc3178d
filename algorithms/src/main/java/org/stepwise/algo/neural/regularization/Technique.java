package org.stepwise.algo.neural.regularization;

import java.util.Arrays;
import java.util.List;

/** The regularizer the second network gets; the first, the baseline, has none. */
public enum Technique {
    DROPOUT("dropout", "dropout"),
    BATCHNORM("batchnorm", "batch normalization"),
    WEIGHT_DECAY("weight_decay", "weight decay"),
    EARLY_STOPPING("early_stopping", "early stopping");

    private final String word;
    private final String label;

    Technique(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** The parameter's word ({@code weight_decay}). */
    public String word() { return word; }

    /** How a sentence names it ("weight decay"). */
    public String label() { return label; }

    static List<String> words() { return Arrays.stream(values()).map(Technique::word).toList(); }

    static Technique of(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no technique '" + word + "'; they are: "
                        + String.join(", ", words()) + "."));
    }
}
