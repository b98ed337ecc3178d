package org.stepwise.algo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stepwise.data.Dataset;

/**
 * One lesson, two estimators: a {@code task} parameter ({@code classify} or {@code regress})
 * chooses between a classifier's factory and a regressor's that declare the same parameters, as
 * scikit-learn pairs {@code KNeighborsClassifier} with {@code KNeighborsRegressor} (and trees,
 * forests, SVMs, boosting and MLPs alike). The data kind follows the task
 * ({@link #dataKind(Params)}): classes to classify, a real target to regress; a refusal names the
 * other task as a way out. A parameter whose default differs between the two follows the task.
 * A lesson may name the two tasks in its own words, as scikit-learn names its estimators (the SVM
 * lesson's {@code svc} and {@code svr}); the first word classifies, the second regresses.
 *
 * <p>Its engines' snapshots are the classifier's or the regressor's: a lesson on it draws each
 * kind (an {@code instanceof} on the snapshot).
 */
public final class TaskFactory implements EngineFactory<Snapshot> {

    public static final String TASK = "task";
    public static final String CLASSIFY = "classify";
    public static final String REGRESS = "regress";

    private final EngineFactory<? extends Snapshot> classifier;
    private final EngineFactory<? extends Snapshot> regressor;
    private final List<ParamSpec<?>> params;

    /**
     * @param classifier needs {@link DataKind#CLASSIFICATION}
     * @param regressor  needs {@link DataKind#REGRESSION} and declares the same parameters
     * @throws IllegalArgumentException when the kinds or the parameters do not pair up
     */
    public TaskFactory(EngineFactory<? extends Snapshot> classifier, EngineFactory<? extends Snapshot> regressor) {
        this(classifier, regressor, CLASSIFY, REGRESS);
    }

    /**
     * @param classifyWord the task's word for the classifier ({@code svc}), its first option
     * @param regressWord  the task's word for the regressor ({@code svr})
     */
    public TaskFactory(EngineFactory<? extends Snapshot> classifier, EngineFactory<? extends Snapshot> regressor,
                       String classifyWord, String regressWord) {
        if (classifier.dataKind() != DataKind.CLASSIFICATION || regressor.dataKind() != DataKind.REGRESSION) {
            throw new IllegalArgumentException("a task factory pairs a classifier with a regressor; got "
                    + classifier.dataKind() + " and " + regressor.dataKind());
        }
        List<String> names = classifier.params().stream().map(ParamSpec::name).toList();
        if (!names.equals(regressor.params().stream().map(ParamSpec::name).toList()) || names.contains(TASK)) {
            throw new IllegalArgumentException("the classifier and the regressor must declare the same parameters,"
                    + " none called 'task'; got " + names + " and " + regressor.params());
        }
        this.classifier = classifier;
        this.regressor = regressor;
        List<ParamSpec<?>> all = new ArrayList<>();
        all.add(ParamSpec.choice(TASK, classifyWord, List.of(classifyWord, regressWord))
                .optionLabels("Classify", "Regress")
                .label("Task").help(classifyWord + ": predict a class (points with classes); " + regressWord
                        + ": predict a real target (points with a real-valued target)"));
        for (int i = 0; i < names.size(); i++) {
            all.add(followingTask(classifier.params().get(i), regressor.params().get(i), regressWord));
        }
        this.params = List.copyOf(all);
    }

    /**
     * The classifier's declaration, its default following the task where the regressor's default
     * differs (a tree's criterion: gini to classify, squared_error to regress).
     */
    @SuppressWarnings("unchecked")
    private static <T> ParamSpec<T> followingTask(ParamSpec<T> classifying, ParamSpec<?> regressing,
                                                  String regressWord) {
        if (classifying.defaultValue().equals(regressing.defaultValue())) {
            return classifying;
        }
        return classifying.defaultsFollow(TASK, Map.of(regressWord, (T) regressing.defaultValue()));
    }

    /** Whether {@code params} ask for regression: the task is its second word ({@code regress}, {@code svr}). */
    public static boolean regresses(Params params) {
        return params.spec(TASK).options().get(1).equals(params.choice(TASK));
    }

    @Override
    public List<ParamSpec<?>> params() { return params; }

    /** Classification: the default task. */
    @Override
    public DataKind dataKind() { return DataKind.CLASSIFICATION; }

    @Override
    public DataKind dataKind(Params params) {
        return regresses(params) ? DataKind.REGRESSION : DataKind.CLASSIFICATION;
    }

    @Override
    public void requireFits(Dataset data, Params params) {
        boolean regress = regresses(params);
        dataKind(params).requireFits(data, "With task=" + params.choice(TASK) + " this lesson",
                regress ? "set the task to Classify" : "set the task to Regress");
    }

    /** The factory the task chooses. */
    public EngineFactory<? extends Snapshot> factoryFor(Params params) {
        return regresses(params) ? regressor : classifier;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Engine<Snapshot> create(Dataset data, Params params, long seed) {
        requireFits(data, params);
        // Safe: an engine only hands out its snapshots, each of them a Snapshot.
        return (Engine<Snapshot>) factoryFor(params).create(data, params, seed);
    }
}
