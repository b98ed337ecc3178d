package org.stepwise.algo;

import org.stepwise.data.Dataset;

/**
 * What data an engine needs, so the data picker offers only what fits, and the one rule that
 * says whether a data set fits. The factory ({@link EngineFactory#requireFits}), the data
 * picker and the command line all ask {@link #mismatch}, so a learner reads the same sentence
 * wherever the data was refused.
 */
public enum DataKind {
    /** No data set: the engine works on a surface or an environment chosen by a parameter. */
    NONE,
    /** Features with class labels. */
    CLASSIFICATION,
    /** Features with a real target. */
    REGRESSION,
    /** Features only; targets are ignored (clustering, projections). */
    UNLABELLED;

    /** Whether {@code data} fits: classes for CLASSIFICATION, a real target for REGRESSION, any set otherwise. */
    public boolean accepts(Dataset data) {
        return mismatch(data, "This lesson", null) == null;
    }

    /**
     * Why {@code data} does not fit, in one sentence for the learner, or null when it does.
     *
     * @param who       what needs the data, to start the sentence ("This lesson", "With task=regress this
     *                  lesson")
     * @param otherFix  a further way out the caller knows of ("set the task to Classify"), or null
     */
    public String mismatch(Dataset data, String who, String otherFix) {
        String or = otherFix == null ? "" : ", or " + otherFix;
        if (this == NONE) {
            return null;
        }
        if (data == null) {
            return who + " needs a data set: pick one in the data picker" + or + ".";
        }
        if (this == CLASSIFICATION && !data.isClassification()) {
            return who + " needs data with classes, and " + data.name() + " has a real-valued target ('"
                    + data.targetName() + "'): pick a set with classes, such as iris, wine or moons, or read a CSV"
                    + " file's target as classes" + or + ".";
        }
        if (this == REGRESSION && data.isClassification()) {
            return who + " needs data with a real-valued target, and " + data.name() + " has classes: pick a set"
                    + " with a real target, such as diabetes or sine, or read a CSV file's target as real numbers" + or + ".";
        }
        return null;
    }

    /**
     * Refuses data that does not fit, with {@link #mismatch}'s sentence.
     *
     * @throws IllegalArgumentException when it does not fit
     */
    public void requireFits(Dataset data, String who, String otherFix) {
        String why = mismatch(data, who, otherFix);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }
}
