package org.stepwise.algo.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineContractTest;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.SklearnFixture;
import org.stepwise.algo.StepResult;
import org.stepwise.data.Dataset;

/**
 * The voting engine against scikit-learn 1.2.1's VotingClassifier and StackingClassifier
 * (tools/reference/voting.py) with the members that match scikit-learn exactly: logistic
 * regression, k-NN, a decision tree and Gaussian naive Bayes. Predictions must be equal; the
 * probabilities agree to 1e-6, the precision of scikit-learn's own newton-cg fits at tol 1e-8 (the
 * lesson's logistic fits stop at a gradient norm of 1e-8).
 */
class VotingEngineTest extends EngineContractTest<VotingSnapshot> {

    private static final double PROBABILITY = 1e-6;

    private final VotingFactory factory = new VotingFactory();

    @Override
    protected EngineFactory<VotingSnapshot> factory() { return factory; }

    @Override
    protected Dataset data() { return fixture("voting_moons").dataset().selectRows(IntStream.range(0, 60).toArray()); }

    @Override
    protected int contractSteps() { return 6; }

    static Stream<SklearnFixture> fixtures() {
        return Stream.of("voting_moons", "voting_blobs3", "voting_classification4").map(VotingEngineTest::fixture);
    }

    private static SklearnFixture fixture(String name) { return SklearnFixture.load(VotingEngineTest.class, name); }

    private VotingSnapshot fit(Dataset data, String voting) {
        Params params = factory.defaults(data).with("voting", voting);
        // The stacking fixture leaves out the tree: on the folds, fully grown trees meet tied splits.
        Engine<VotingSnapshot> engine = factory.create(data, voting.equals("stacking")
                ? params.with("useTree", false) : params, 0);
        while (!engine.step().isFinal()) {
            // one member a step, then the combination
        }
        VotingSnapshot end = engine.snapshot();
        assertThat(end.status()).as(voting).isEqualTo(StepResult.CONVERGED);
        assertThat(end.step()).isEqualTo(end.kinds().size() + 1);
        return end;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hardVotingPredictsAsVotingClassifier(SklearnFixture f) {
        VotingSnapshot end = fit(f.dataset(), "hard");
        assertThat(end.ensemble().predict(rows(f.matrix("x")), f.matrix("x").length)).containsExactly(
                f.part("hard").integers("predict"));
        assertThat(end.ensemble().predict(rows(f.matrix("queries")), f.matrix("queries").length)).containsExactly(
                f.part("hard").integers("query_predict"));
        assertThat(end.accuracy()).isEqualTo(f.part("hard").number("accuracy"), within(1e-12));
        double[] members = IntStream.range(0, 4).mapToDouble(end::memberAccuracy).toArray();
        assertThat(members).as("each member's score").containsExactly(f.vector("member_accuracy"), within(1e-12));
        assertThat(end.kinds().stream().map(VotingMember::id).toList()).isEqualTo(
                java.util.List.of("logistic", "knn", "tree", "naiveBayes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void softVotingAveragesProbabilitiesAsVotingClassifier(SklearnFixture f) {
        VotingSnapshot end = fit(f.dataset(), "soft");
        assertMatches(end, f.part("soft"), f);
        assertThat(end.narration(60)).as("the short form").startsWith("Soft vote: ").hasSizeLessThanOrEqualTo(60);
        assertThat(end.narration(500)).startsWith("Soft vote of 4 members (the mean of their probabilities)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void stackingMatchesStackingClassifierWithALogisticMetaLearner(SklearnFixture f) {
        VotingSnapshot end = fit(f.dataset(), "stacking");
        SklearnFixture stacking = f.part("stacking");
        assertMatches(end, stacking, f);
        int n = f.matrix("x").length;
        assertThat(end.ensemble().predict(rows(f.matrix("x")), n)).as("LogisticRegression() as the meta-learner")
                .containsExactly(stacking.integers("predict_default"));
        double[][] coef = end.metaCoef();
        double[][] expected = stacking.matrix("coef");
        for (int k = 0; k < expected.length; k++) {
            assertThat(coef[k]).as("final_estimator_.coef_[%d]", k).containsExactly(expected[k], within(1e-6));
        }
        assertThat(end.metaIntercept()).containsExactly(stacking.vector("intercept"), within(1e-6));
    }

    private static void assertMatches(VotingSnapshot end, SklearnFixture fit, SklearnFixture f) {
        VotingEnsemble ensemble = end.ensemble();
        for (String at : new String[] {"", "query_"}) {
            double[][] x = f.matrix(at.isEmpty() ? "x" : "queries");
            assertThat(ensemble.predict(rows(x), x.length)).as(at + "predict").containsExactly(
                    fit.integers(at + "predict"));
            if (!at.isEmpty() && end.kinds().contains(VotingMember.TREE)) {
                // Off the data a fully grown tree's tied splits (scikit-learn picks among them by a random
                // feature order) can send a query to another leaf: the predictions above still agree.
                continue;
            }
            double[] probabilities = new double[x.length * ensemble.classCount()];
            ensemble.predictProbabilities(rows(x), x.length, probabilities);
            assertThat(probabilities).as(at + "predict_proba").containsExactly(flat(fit.matrix(at + "proba")),
                    within(PROBABILITY));
        }
        assertThat(end.accuracy()).isEqualTo(fit.number("accuracy"), within(1e-12));
    }

    @Test
    void aHardVoteTieGoesToTheLowestLabel() {
        Dataset data = fixture("voting_moons").dataset();
        Params two = factory.defaults(data).with("useKnn", false).with("useNaiveBayes", false);
        Engine<VotingSnapshot> engine = factory.create(data, two, 0);
        while (!engine.step().isFinal()) {
            // logistic regression, the tree, then the vote
        }
        VotingSnapshot end = engine.snapshot();
        double[] x = data.featuresRowMajor();
        int n = data.size();
        int[] logistic = end.member(0).predict(x, n, 2);
        int[] tree = end.member(1).predict(x, n, 2);
        int[] vote = end.ensemble().predict(x, n);
        int ties = 0;
        for (int i = 0; i < n; i++) {
            assertThat(vote[i]).as("row %d", i).isEqualTo(Math.min(logistic[i], tree[i]));
            ties += logistic[i] != tree[i] ? 1 : 0;
        }
        assertThat(ties).as("rows where the two members disagree").isPositive();
    }

    @Test
    void theSvmVotesInHardVotingOnly() {
        Dataset data = data();
        Params withSvm = factory.defaults(data).with("useSvm", true);
        assertThatThrownBy(() -> factory.create(data, withSvm.with("voting", "soft"), 0))
                .hasMessage("The SVM has no class probabilities (no Platt scaling), so it can only take part in hard"
                        + " voting: switch off useSvm or choose voting=hard.");
        Engine<VotingSnapshot> engine = factory.create(data, withSvm, 0);
        while (!engine.step().isFinal()) {
            // five members, then the vote
        }
        VotingSnapshot end = engine.snapshot();
        assertThat(end.kinds()).contains(VotingMember.SVM);
        assertThat(end.status()).isEqualTo(StepResult.CONVERGED);
        double[] probabilities = new double[2];
        end.member(4).rows().probabilities(data.row(0), 1, probabilities);
        assertThat(probabilities[0] + probabilities[1]).as("one-hot").isEqualTo(1.0);
    }

    @Test
    void badInputIsRefusedWithOneSentence() {
        Dataset data = data();
        Params none = factory.defaults(data);
        for (VotingMember member : VotingMember.all()) {
            none = none.with(member.flagName(), false);
        }
        Params noMembers = none;
        assertThatThrownBy(() -> factory.create(data, noMembers, 0)).hasMessageStartingWith(
                "Choose at least one member for the ensemble: switch on one of useLogistic, useKnn,");
        Dataset oneClass = data.selectRows(IntStream.range(0, data.size()).filter(i -> data.label(i) == 0).toArray());
        assertThatThrownBy(() -> factory.create(oneClass, factory.defaults(oneClass), 0)).hasMessage(
                "A voting ensemble needs points of at least two classes; the data has only class '0'.");
        int[] ones = IntStream.range(0, data.size()).filter(i -> data.label(i) == 1).limit(3).toArray();
        int[] zeros = IntStream.range(0, data.size()).filter(i -> data.label(i) == 0).toArray();
        Dataset few = data.selectRows(IntStream.concat(IntStream.of(zeros), IntStream.of(ones)).toArray());
        assertThatThrownBy(() -> factory.create(few, factory.defaults(few).with("voting", "stacking"), 0))
                .hasMessage("Stacking's 5 stratified folds need at least 5 points of every class; class '1' has 3.");
    }

    @Test
    void stackingTakesItsFoldsFromCv() {
        Dataset data = data();
        Params three = factory.defaults(data).with("voting", "stacking").with("cv", 3);
        Engine<VotingSnapshot> engine = factory.create(data, three, 0);
        engine.step();
        assertThat(engine.snapshot().narration()).contains("from 3 stratified folds");
        while (!engine.step().isFinal()) {
            // the other members, then the meta-learner
        }
        double[][] threeFolds = engine.snapshot().metaCoef();
        Engine<VotingSnapshot> five = factory.create(data, three.with("cv", 5), 0);
        while (!five.step().isFinal()) {
            // the default folds
        }
        assertThat(threeFolds[0]).as("other folds, other out-of-fold probabilities").isNotEqualTo(
                five.snapshot().metaCoef()[0]);
    }

    @Test
    void membersAreCaughtInTheMetricsAsTheyAreFitted() {
        Engine<VotingSnapshot> engine = factory.create(data(), factory.defaults(), 0);
        engine.step();
        VotingSnapshot first = engine.snapshot();
        assertThat(first.metrics().has("accuracy_logistic")).isTrue();
        assertThat(first.metrics().has("accuracy_knn")).isFalse();
        assertThat(first.metrics().has("accuracy")).isFalse();
        assertThat(first.justFittedMember()).isTrue();
        assertThat(first.narration()).startsWith("Fitted logistic: training accuracy ").endsWith("; next, k-NN");
    }

    private static double[] rows(double[][] x) {
        return flat(x);
    }

    private static double[] flat(double[][] x) {
        return Stream.of(x).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
