package org.stepwise.algo.ensemble;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Engine;
import org.stepwise.algo.EngineFactory;
import org.stepwise.algo.Params;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.bayes.NaiveBayesFactory;
import org.stepwise.algo.bayes.NaiveBayesSnapshot;
import org.stepwise.algo.linear.LogisticRegressionFactory;
import org.stepwise.algo.linear.LogisticRegressionSnapshot;
import org.stepwise.algo.neighbors.KnnFactory;
import org.stepwise.algo.neighbors.KnnSnapshot;
import org.stepwise.algo.svm.SvcFactory;
import org.stepwise.algo.svm.SvmModel;
import org.stepwise.algo.tree.DecisionTree;
import org.stepwise.algo.tree.DecisionTreeClassifierFactory;
import org.stepwise.data.Dataset;

/**
 * The classifiers a voting ensemble may combine, each fitted by its own lesson's engine (never a
 * second implementation) at that lesson's default parameters, run to its end. Logistic regression
 * is fitted by Newton's method to a gradient norm of 1e-8: the same optimum as scikit-learn's
 * {@code LogisticRegression()} (C = 1), reached to the last digits. The SVM has no Platt-scaled
 * probabilities, so it votes only in hard voting.
 */
public enum VotingMember {
    LOGISTIC("logistic", "Logistic regression", "logistic") {
        @Override
        FittedMember fit(Dataset data, long seed) {
            LogisticRegressionSnapshot s = runToEnd(new LogisticRegressionFactory(), data, logisticParams(data), seed);
            return new FittedMember(this, onPlane(data) ? s : null, s::predictProbabilities);
        }

        @Override
        void check(Dataset data, long seed) {
            new LogisticRegressionFactory().create(data, logisticParams(data), seed);
        }
    },
    KNN("knn", "k-NN (k = 5)", "k-NN") {
        @Override
        FittedMember fit(Dataset data, long seed) {
            KnnFactory factory = new KnnFactory();
            // Fitting k-NN stores the points: the classifier is complete at step 0.
            KnnSnapshot s = factory.create(data, factory.defaults(data), seed).snapshot();
            return new FittedMember(this, onPlane(data) ? s.model() : null, s.model()::predictProbabilities);
        }
    },
    TREE("tree", "Decision tree", "tree") {
        @Override
        FittedMember fit(Dataset data, long seed) {
            DecisionTree tree = runToEnd(new DecisionTreeClassifierFactory(), data, seed).tree();
            return new FittedMember(this, onPlane(data) ? tree : null, (rows, count, out) -> {
                int d = data.featureCount();
                for (int i = 0; i < count; i++) {
                    tree.probabilities(rows, i * d, out, i * tree.classCount());
                }
            });
        }
    },
    NAIVE_BAYES("naiveBayes", "Gaussian naive Bayes", "naive Bayes") {
        @Override
        FittedMember fit(Dataset data, long seed) { return bayes(this, "gaussian-nb", data, seed); }
    },
    LDA("lda", "Linear discriminant (LDA)", "LDA") {
        @Override
        FittedMember fit(Dataset data, long seed) { return bayes(this, "lda", data, seed); }
    },
    QDA("qda", "Quadratic discriminant (QDA)", "QDA") {
        @Override
        FittedMember fit(Dataset data, long seed) { return bayes(this, "qda", data, seed); }
    },
    SVM("svm", "SVM (hard voting only)", "SVM") {
        @Override
        FittedMember fit(Dataset data, long seed) {
            SvmModel model = runToEnd(new SvcFactory(), data, seed).model();
            int classes = data.classCount();
            FittedMember.RowProbabilities rows = (x, count, out) -> {
                int d = data.featureCount();
                Arrays.fill(out, 0, count * classes, 0.0);
                for (int i = 0; i < count; i++) {
                    out[i * classes + (int) model.predict(x, i * d)] = 1;
                }
            };
            return new FittedMember(this, onPlane(data) ? new OneHotGrid(rows, classes) : null, rows);
        }

        @Override
        boolean hasProbabilities() { return false; }
    },
    FOREST("forest", "Random forest (100 trees)", "forest") {
        @Override
        FittedMember fit(Dataset data, long seed) {
            RandomForest forest = runToEnd(new RandomForestFactory(), data, seed).forest();
            return new FittedMember(this, onPlane(data) ? forest : null, (rows, count, out) -> {
                int d = data.featureCount();
                for (int i = 0; i < count; i++) {
                    forest.probabilities(rows, i * d, out, i * forest.classCount());
                }
            });
        }
    };

    /** The most steps a member's engine may take before the ensemble gives up on it. */
    static final int STEP_LIMIT = 2_000_000;

    private final String id;
    private final String label;
    private final String shortName;

    VotingMember(String id, String label, String shortName) {
        this.id = id;
        this.label = label;
        this.shortName = shortName;
    }

    /** The member's word in parameter and metric names: "knn" gives {@code useKnn} and {@code accuracy_knn}. */
    public String id() { return id; }

    /** What the sheet shows for the member. */
    public String label() { return label; }

    /** The member's name in captions and narration. */
    public String shortName() { return shortName; }

    /** The flag that switches the member on. */
    public String flagName() { return "use" + Character.toUpperCase(id.charAt(0)) + id.substring(1); }

    /** The metric of the member's training accuracy, in snake case: {@code accuracy_naive_bayes}. */
    public String metricName() { return "accuracy_" + id.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT); }

    /** Whether it has {@code predict_proba}, so that it may take part in soft voting and stacking. */
    boolean hasProbabilities() { return true; }

    /**
     * Fits the member on {@code data} through its own engine, run to its end.
     *
     * @throws MemberStopped when the member's engine stops without an answer
     */
    abstract FittedMember fit(Dataset data, long seed);

    /**
     * Runs the member's own checks of the data (its factory's refusals: one class, too few points).
     *
     * @throws IllegalArgumentException with the member's sentence
     */
    void check(Dataset data, long seed) {
        factory().create(data, factory().defaults(data), seed);
    }

    private EngineFactory<?> factory() {
        return switch (this) {
            case LOGISTIC -> new LogisticRegressionFactory();
            case KNN -> new KnnFactory();
            case TREE -> new DecisionTreeClassifierFactory();
            case NAIVE_BAYES, LDA, QDA -> new NaiveBayesFactory();
            case SVM -> new SvcFactory();
            case FOREST -> new RandomForestFactory();
        };
    }

    /** The members in the order the sheet lists them. */
    public static List<VotingMember> all() { return List.of(values()); }

    private static boolean onPlane(Dataset data) { return data.featureCount() == 2; }

    private static Params logisticParams(Dataset data) {
        return new LogisticRegressionFactory().defaults(data).with("solver", "newton").with("tolerance", 1e-8)
                .with("maxSteps", 1000);
    }

    private static FittedMember bayes(VotingMember kind, String model, Dataset data, long seed) {
        NaiveBayesFactory factory = new NaiveBayesFactory();
        NaiveBayesSnapshot s = runToEnd(factory, data, factory.defaults(data).with("model", model), seed);
        return new FittedMember(kind, onPlane(data) ? s : null, s::predictProbabilities);
    }

    private static <S extends Snapshot> S runToEnd(EngineFactory<S> factory, Dataset data, long seed) {
        return runToEnd(factory, data, factory.defaults(data), seed);
    }

    private static <S extends Snapshot> S runToEnd(EngineFactory<S> factory, Dataset data, Params params, long seed) {
        Engine<S> engine = factory.create(data, params, seed);
        for (int step = 0; step < STEP_LIMIT; step++) {
            if (engine.step().isFinal()) {
                break;
            }
        }
        S last = engine.snapshot();
        if (last.status().status() == org.stepwise.algo.StepResult.Status.STOPPED) {
            throw new MemberStopped(last.status().reason());
        }
        if (!last.status().isFinal()) {
            throw new MemberStopped("it did not finish within " + STEP_LIMIT + " steps");
        }
        return last;
    }

    /** A member's engine stopped without an answer; the ensemble stops with its reason. */
    static final class MemberStopped extends RuntimeException {
        MemberStopped(String reason) { super(reason, null, false, false); }
    }

    /** A member without probabilities drawn on the grid as the one-hot vector of its prediction. */
    private record OneHotGrid(FittedMember.RowProbabilities rows, int classCount) implements ClassProbabilities {
        @Override
        public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
            rows.probabilities(FittedMember.rowsOf(xs, ys, count), count, out);
        }
    }
}
