package org.stepwise.algo.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.DataKind;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ParamSpec;
import org.stepwise.algo.Params;
import org.stepwise.data.Dataset;

/**
 * A voting or stacking ensemble of the classifiers the other lessons fit (see {@link VotingEngine}):
 * {@code voting} as scikit-learn's ({@code hard}, {@code soft}) plus {@code stacking}, and one flag per
 * member, as the optimizer race chooses its racers. Each member keeps its own lesson's defaults.
 */
public final class VotingFactory implements EngineFactory<VotingSnapshot> {

    private static final String MEMBERS = "Members";

    /** The members on by default: cheap, different, and each matching scikit-learn exactly. */
    private static final List<VotingMember> DEFAULT_MEMBERS = List.of(VotingMember.LOGISTIC, VotingMember.KNN,
            VotingMember.TREE, VotingMember.NAIVE_BAYES);

    private static final List<ParamSpec<?>> PARAMS = declare();

    private static List<ParamSpec<?>> declare() {
        List<ParamSpec<?>> specs = new ArrayList<>();
        specs.add(ParamSpec.choice("voting", "hard", List.of("hard", "soft", "stacking"))
                .optionLabels("Hard", "Soft", "Stacking")
                .help("hard: the most predicted class wins; soft: the class of the largest mean probability;"
                        + " stacking: a logistic regression learns how to weigh the members' out-of-fold probabilities"));
        specs.add(ParamSpec.integer("cv", OutOfFold.DEFAULT_FOLDS).between(2, 20).label("Stacking folds")
                .help("stacking's out-of-fold probabilities come from this many stratified folds, unshuffled"
                        + " (scikit-learn's cv)")
                .appliesWhen(values -> values.choice("voting").equals("stacking"), "Only for stacking"));
        for (VotingMember member : VotingMember.all()) {
            ParamSpec<Boolean> flag = ParamSpec.flag(member.flagName(), DEFAULT_MEMBERS.contains(member))
                    .label(member.label()).help("take " + member.shortName() + " into the ensemble").group(MEMBERS);
            if (!member.hasProbabilities()) {
                flag = flag.appliesWhen(values -> values.choice("voting").equals("hard"),
                        "Only for hard voting: the SVM has no class probabilities");
            }
            specs.add(flag);
        }
        return List.copyOf(specs);
    }

    @Override
    public List<ParamSpec<?>> params() { return PARAMS; }

    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    /**
     * @throws IllegalArgumentException when no member is chosen, the data has one class, the SVM is
     *                                  asked to vote softly or to be stacked, a class is too small for
     *                                  five folds, or a member refuses the data
     */
    @Override
    public Engine<VotingSnapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        List<VotingMember> members = chosen(params);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one member for the ensemble: switch on one of "
                    + String.join(", ", VotingMember.all().stream().map(VotingMember::flagName).toList()) + ".");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("The data set is empty; add some points first.");
        }
        int[] labels = data.labels();
        if (Arrays.stream(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("A voting ensemble needs points of at least two classes; the data has"
                    + " only class '" + data.classNames().get(labels[0]) + "'.");
        }
        VotingEnsemble.Voting voting = VotingEnsemble.Voting.valueOf(params.choice("voting").toUpperCase(Locale.ROOT));
        if (voting != VotingEnsemble.Voting.HARD && members.contains(VotingMember.SVM)) {
            throw new IllegalArgumentException("The SVM has no class probabilities (no Platt scaling), so it can only"
                    + " take part in hard voting: switch off useSvm or choose voting=hard.");
        }
        if (voting == VotingEnsemble.Voting.STACKING) {
            requireFoldsOfEveryClass(data, params.integer("cv"));
        }
        for (VotingMember member : members) {
            member.check(data, seed);
        }
        return new VotingEngine(data, members, voting, params.integer("cv"), seed);
    }

    /** The members switched on, in the sheet's order. */
    static List<VotingMember> chosen(Params params) {
        return VotingMember.all().stream().filter(member -> params.flag(member.flagName())).toList();
    }

    /** Stacking's stratified folds need every class in every fold. */
    private static void requireFoldsOfEveryClass(Dataset data, int folds) {
        int[] counts = new int[data.classCount()];
        for (int label : data.labels()) {
            counts[label]++;
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < folds) {
                throw new IllegalArgumentException("Stacking's " + folds + " stratified folds need at least "
                        + folds + " points of every class; class '" + data.classNames().get(c) + "' has "
                        + counts[c] + ".");
            }
        }
    }
}
