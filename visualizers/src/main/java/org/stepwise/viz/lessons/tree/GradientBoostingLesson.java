package org.stepwise.viz.lessons.tree;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.ensemble.GradientBoostingFactory;
import org.stepwise.data.Dataset;
import org.stepwise.data.GeneratorOptions;
import org.stepwise.data.Generators;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Gradient boosting one round per step (curriculum T1.05): residuals (negative gradients), a
 * shallow tree fitted to them, the shrunken update. {@code loss=squared_error} regresses a real
 * target against one feature (the staged curve over the points); {@code loss=log_loss} classifies
 * on a plane of two features (the staged boundary).
 */
@LessonEntry(id = "gradient-boosting", title = "Gradient boosting", family = "tree", level = Level.CLASSICAL_ML,
        tags = {"gradient boosting", "gbm", "gbdt", "boosting", "residuals", "negative gradient", "shrinkage",
                "learning rate", "stochastic gradient boosting", "subsample", "newton step", "deviance",
                "xgboost", "ensemble", "classification", "regression"},
        neighbours = {"decision-tree", "linear-regression", "logistic-regression"})
public final class GradientBoostingLesson implements Lesson<Snapshot> {

    /** Regressing: sixty noisy points of y = sin x, where the first rounds trace the wave. */
    static final GeneratorOptions REGRESS_DATA = new GeneratorOptions(60, 0.2, 2, 0);
    /** Classifying: a hundred noisy moons, which a few dozen rounds of small trees bend a boundary around. */
    static final GeneratorOptions CLASSIFY_DATA = new GeneratorOptions(100, 0.3, 2, 0);

    private final GradientBoostingFactory factory = new GradientBoostingFactory();

    @SuppressWarnings("unchecked")
    @Override
    public EngineFactory<Snapshot> factory() {
        // Safe: the engines only hand out their snapshots, each of them a Snapshot.
        return (EngineFactory<Snapshot>) (EngineFactory<? extends Snapshot>) factory;
    }

    @Override
    public Dataset defaultData() { return defaultData(factory.defaults()); }

    @Override
    public GeneratorOptions defaultGeneratorOptions() { return REGRESS_DATA; }

    @Override
    public Dataset defaultData(Params params) {
        return GradientBoostingFactory.classifies(params) ? Generators.generate("moons", CLASSIFY_DATA)
                : Generators.generate("sine", REGRESS_DATA);
    }

    @Override
    public GeneratorOptions defaultGeneratorOptions(Params params) {
        return GradientBoostingFactory.classifies(params) ? CLASSIFY_DATA : REGRESS_DATA;
    }

    @Override
    public LessonView<Snapshot> createView() { return new GradientBoostingView(); }

    @Override
    public LessonChart<Snapshot> chart() {
        return LessonChart.<Snapshot>of("training_loss", "r2", "accuracy")
                .labelled("training_loss", "training loss").labelled("r2", "training R²")
                .labelled("accuracy", "training accuracy");
    }
}
