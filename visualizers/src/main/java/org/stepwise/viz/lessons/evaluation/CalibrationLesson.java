package org.stepwise.viz.lessons.evaluation;

import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.evaluation.CalibrationFactory;
import org.stepwise.algo.evaluation.CalibrationSnapshot;
import org.stepwise.data.BuiltInDatasets;
import org.stepwise.data.Dataset;
import org.stepwise.viz.lesson.Lesson;
import org.stepwise.viz.lesson.LessonChart;
import org.stepwise.viz.lesson.LessonEntry;
import org.stepwise.viz.lesson.LessonView;
import org.stepwise.viz.lesson.Level;

/**
 * Probability calibration (curriculum T1.29): a classifier's held-out probabilities binned into a
 * reliability diagram one bin a step, then Platt scaling and isotonic regression fitted to them one
 * Newton step or one pooling a step, with the Brier score and log loss before and after.
 */
@LessonEntry(id = "calibration", title = "Probability calibration", family = "evaluation",
        level = Level.CLASSICAL_ML,
        tags = {"calibration", "reliability diagram", "calibration curve", "platt scaling", "sigmoid", "isotonic",
                "isotonic regression", "pool adjacent violators", "brier", "log loss", "over-confident",
                "under-confident", "probability", "evaluation", "metrics"},
        neighbours = {"roc-pr", "confusion-matrix", "naive-bayes", "random-forest", "logistic-regression"})
public final class CalibrationLesson implements Lesson<CalibrationSnapshot> {

    private final CalibrationFactory factory = new CalibrationFactory();

    @Override
    public EngineFactory<CalibrationSnapshot> factory() { return factory; }

    /** Breast cancer's 30 correlated measurements: naive Bayes counts the same evidence many times over. */
    @Override
    public Dataset defaultData() { return BuiltInDatasets.load("breast_cancer"); }

    /** Every column: the classifier uses them all, and no plane of features is drawn. */
    @Override
    public int drawnFeatures() { return 0; }

    @Override
    public LessonView<CalibrationSnapshot> createView() { return new CalibrationView(); }

    @Override
    public LessonChart<CalibrationSnapshot> chart() {
        return LessonChart.<CalibrationSnapshot>of("brier_score", "sigmoid_brier_score", "isotonic_brier_score")
                .labelled("brier_score", "Brier score, raw").labelled("sigmoid_brier_score", "after Platt scaling")
                .labelled("isotonic_brier_score", "after isotonic regression");
    }
}
