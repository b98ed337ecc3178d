package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.BiasVarianceFactory;
import org.stepwise.algo.evaluation.BiasVarianceSnapshot;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * The bias–variance trade-off (curriculum T1.24): training sets drawn one a step from a known
 * curve with noise, the chosen degree's fits, their mean and the curve; test and training error
 * against degree with bias², variance and noise stacked.
 */
@LessonEntry(id = "bias-variance", title = "Bias and variance", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"bias-variance", "bias variance", "bias", "variance", "trade-off", "tradeoff", "overfitting",
                "underfitting", "model capacity", "polynomial degree", "decomposition", "noise", "evaluation",
                "model selection"},
        neighbours = {"linear-regression", "cross-validation", "regularization"})
public final class BiasVarianceLesson implements Lesson<BiasVarianceSnapshot> {

    private final BiasVarianceFactory factory = new BiasVarianceFactory();

    @Override
    public EngineFactory<BiasVarianceSnapshot> factory() { return factory; }

    @Override
    public Dataset defaultData() { return null; }

    @Override
    public LessonView<BiasVarianceSnapshot> createView() { return new BiasVarianceView(); }

    @Override
    public LessonChart<BiasVarianceSnapshot> chart() {
        // In the order of the series colours that match the stacked bars' (bias² blue, variance orange).
        return LessonChart.<BiasVarianceSnapshot>of("bias_squared", "variance", "mse")
                .labelled("mse", "test MSE").labelled("bias_squared", "bias²").labelled("variance", "variance");
    }
}
