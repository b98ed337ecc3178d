package org.stepwise.algo.evaluation;

import java.util.List;
import org.stepwise.data.Dataset;

/**
 * The cross-validation lesson's splitters, each scikit-learn 1.2.1's without shuffling (so the
 * folds are the data's order, as {@code cross_val_score(cv=...)} makes them): {@code kfold}
 * ({@link KFold}), {@code stratified} ({@link StratifiedKFold}, scikit-learn's default for a
 * classifier), {@code leave-one-out}, {@code group} ({@link GroupKFold} over bands of the first
 * feature, {@link #groups}) and {@code time-series} ({@link TimeSeriesSplit}: each fold trains on
 * the rows before it).
 */
enum CvScheme {
    KFOLD("kfold", "k-fold"),
    STRATIFIED("stratified", "stratified k-fold"),
    LEAVE_ONE_OUT("leave-one-out", "leave-one-out"),
    GROUP("group", "group k-fold"),
    TIME_SERIES("time-series", "time-series split");

    /** The {@code cv} parameter's words, in order. */
    static final List<String> NAMES = List.of("kfold", "stratified", "leave-one-out", "group", "time-series");

    private final String parameter;
    private final String title;

    CvScheme(String parameter, String title) {
        this.parameter = parameter;
        this.title = title;
    }

    String parameter() { return parameter; }

    /** The scheme's name in a sentence. */
    String title() { return title; }

    static CvScheme named(String name) {
        for (CvScheme scheme : values()) {
            if (scheme.parameter.equals(name)) {
                return scheme;
            }
        }
        throw new IllegalArgumentException("cv must be one of " + NAMES + "; got '" + name + "'");
    }

    /** The folds of {@code data}; the splitter's refusal (too many folds) as one sentence naming the scheme. */
    List<Split> splits(Dataset data, int nSplits, int[] groups) {
        try {
            return switch (this) {
                case KFOLD -> KFold.split(data.size(), nSplits);
                case STRATIFIED -> StratifiedKFold.split(data.labels(), nSplits);
                case LEAVE_ONE_OUT -> LeaveOneOut.split(data.size());
                case GROUP -> GroupKFold.split(groups, nSplits);
                case TIME_SERIES -> TimeSeriesSplit.split(data.size(), nSplits);
            };
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException("The " + title + " split cannot be made: " + refused.getMessage()
                    + (this == GROUP ? " (raise nGroups or lower nSplits)." : "; lower nSplits."), refused);
        }
    }

    /**
     * Row i's group: the band of the first feature it falls in, of {@code nGroups} bands of equal
     * width from its least to its greatest value (the last band closed). A group split then
     * validates on whole regions of the plane that training never saw.
     */
    static int[] groups(Dataset data, int nGroups) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            low = Math.min(low, data.feature(i, 0));
            high = Math.max(high, data.feature(i, 0));
        }
        int[] groups = new int[data.size()];
        double width = high - low;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = width > 0 ? Math.min((int) (nGroups * (data.feature(i, 0) - low) / width), nGroups - 1) : 0;
        }
        return groups;
    }
}
