package org.stepwise.viz.lessons.ensemble;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.ensemble.VotingFactory;
import org.stepwise.algo.ensemble.VotingMember;
import org.stepwise.algo.ensemble.VotingSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Voting and stacking (curriculum T1.07): logistic regression, k-NN, a decision tree and naive
 * Bayes (or any of the classifiers the other lessons fit) each fitted in turn, then combined by a
 * hard vote, a soft vote or a logistic meta-learner on their out-of-fold probabilities.
 */
@LessonEntry(id = "ensemble-voting", title = "Voting and stacking", family = "ensemble",
        level = Level.CLASSICAL_ML,
        tags = {"voting", "hard voting", "soft voting", "majority vote", "stacking", "stacked generalization",
                "meta-learner", "out-of-fold", "VotingClassifier", "StackingClassifier", "ensemble",
                "classification"},
        neighbours = {"random-forest", "logistic-regression", "knn", "decision-tree", "naive-bayes"})
public final class VotingLesson implements Lesson<VotingSnapshot> {

    /** Two hundred noisy moons: each member errs somewhere else, and the vote smooths their mistakes. */
    static final GeneratorOptions DEFAULT_OPTIONS = new GeneratorOptions(200, 0.3, 2, 0);

    private final VotingFactory factory = new VotingFactory();

    @Override
    public EngineFactory<VotingSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return Generators.generate("moons", DEFAULT_OPTIONS); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return DEFAULT_OPTIONS; }

    @Override
    public LessonView<VotingSnapshot> createView() { return new VotingView(); }

    @Override
    public LessonChart<VotingSnapshot> chart() {
        String[] metrics = new String[VotingMember.all().size() + 1];
        metrics[0] = "accuracy";
        for (VotingMember member : VotingMember.all()) {
            metrics[member.ordinal() + 1] = member.metricName();
        }
        LessonChart<VotingSnapshot> chart = LessonChart.<VotingSnapshot>of(metrics)
                .labelled("accuracy", "the ensemble's training accuracy");
        for (VotingMember member : VotingMember.all()) {
            chart = chart.labelled(member.metricName(), member.shortName() + " alone");
        }
        return chart;
    }
}
