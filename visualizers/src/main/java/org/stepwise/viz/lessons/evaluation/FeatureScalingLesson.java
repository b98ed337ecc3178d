package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.FeatureScalingFactory;
import org.stepwise.algo.evaluation.FeatureScalingSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Feature scaling (curriculum T1.33, data preparation): one scaler applied a step (none, standard,
 * min-max, robust), with its effect on a k-NN boundary and on gradient descent's path down a
 * linear model's loss bowl.
 */
@LessonEntry(id = "feature-scaling", title = "Feature scaling", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"feature scaling", "scaling", "standardization", "standard scaler", "normalization", "min-max",
                "minmax", "robust scaler", "median", "iqr", "preprocessing", "conditioning", "k-nn", "gradient descent"},
        neighbours = {"knn", "optimizers", "cross-validation", "linear-regression"})
public final class FeatureScalingLesson implements Lesson<FeatureScalingSnapshot> {

    private final FeatureScalingFactory factory = new FeatureScalingFactory();

    @Override
    public EngineFactory<FeatureScalingSnapshot> factory() { return factory; }

    /**
     * Wine's proline (278 to 1,680) and hue (0.48 to 1.71): a column in thousands beside one in
     * units, the two the lesson draws (the run starts on the data as given, so only these two).
     */
    @Override
    public Dataset defaultData() {
        Dataset wine = BuiltInDatasets.load("wine");
        return wine.selectFeatures(wine.featureNames().indexOf("proline"), wine.featureNames().indexOf("hue"));
    }

    @Override
    public LessonView<FeatureScalingSnapshot> createView() { return new FeatureScalingView(); }

    @Override
    public LessonChart<FeatureScalingSnapshot> chart() {
        return LessonChart.<FeatureScalingSnapshot>of("gd_steps", "accuracy")
                .labelled("gd_steps", "gradient-descent steps").labelled("accuracy", "k-NN 5-fold accuracy")
                .logarithmicWhen(s -> true);
    }
}
