package org.stepwise.algo.neighbors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stepwise.algo.ClassProbabilities;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * k-nearest neighbours after some training points have been classified: the fitted model (the
 * same object in every snapshot of a run, so a view repaints its regions only when it changes),
 * the last query with its k neighbours, their distances, weights and vote, and the running
 * accuracy.
 *
 * <p>The predictions so far live in an array the engine shares with every snapshot: it writes each
 * entry once, at the step that classifies that point, and a snapshot reads only the entries before
 * its own step, which were written before it was taken and never change.
 *
 * <p>Metrics: {@code accuracy} (of the points classified so far; at the end scikit-learn's
 * {@code score(X, y)}), {@code n_samples_fit}, and after the first step {@code query},
 * {@code prediction}, {@code neigh_ind} and {@code neigh_dist} (the query's {@code kneighbors}),
 * {@code proba} (its {@code predict_proba}) and {@code predictions} (every point classified so far).
 */
public final class KnnSnapshot implements Snapshot, ClassProbabilities, Predictor {

    private static final Scalars<KnnSnapshot> SCALARS = Scalars.<KnnSnapshot>builder()
            .scalar("accuracy", KnnSnapshot::accuracy)
            .count("n_samples_fit", s -> s.model.size())
            .countWhileDefined("query", s -> s.query < 0 ? Double.NaN : s.query)
            .countWhileDefined("prediction", s -> s.query < 0 ? Double.NaN : s.predicted)
            .build();

    private final int step;
    private final StepResult status;
    private final KnnClassifier model;
    private final List<String> classNames;
    private final int[] predictions;
    private final int correct;
    private final int query;
    private final int predicted;
    private final int ties;
    private final int[] neighbours;
    private final double[] distances;
    private final double[] weights;
    private final double[] votes;

    KnnSnapshot(int step, StepResult status, KnnClassifier model, List<String> classNames, int[] predictions,
                int correct, int query, int predicted, int ties, int[] neighbours, double[] distances, double[] weights,
                double[] votes) {
        this.step = step;
        this.status = status;
        this.model = model;
        this.classNames = classNames;
        this.predictions = predictions;
        this.correct = correct;
        this.query = query;
        this.predicted = predicted;
        this.ties = ties;
        boolean any = query >= 0;
        this.neighbours = any ? neighbours.clone() : new int[0];
        this.distances = any ? distances.clone() : new double[0];
        this.weights = any ? weights.clone() : new double[0];
        this.votes = any ? votes.clone() : new double[0];
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** The fitted classifier: the same object at every step of a run. */
    public KnnClassifier model() { return model; }

    @Override
    public int classCount() { return model.classCount(); }

    public int featureCount() { return model.featureCount(); }

    @Override
    public void predictProbabilities(double[] xs, double[] ys, int count, double[] out) {
        model.predictProbabilities(xs, ys, count, out);
    }

    /** The training point classified by the last step, or -1 before the first. */
    public int query() { return query; }

    /** The class it was given, or -1 before the first step. */
    public int predicted() { return predicted; }

    /**
     * How many other training points lie at exactly its k-th neighbour's distance (0 almost
     * always): the lower rows were taken, where scikit-learn's tree may take others.
     */
    public int tiesAtTheKth() { return ties; }

    /** Its k neighbours' rows, nearest first (empty before the first step). */
    public int neighbour(int i) { return neighbours[i]; }

    public int neighbourCount() { return neighbours.length; }

    /** The distance to its i-th neighbour; the last is the radius of the neighbourhood. */
    public double distance(int i) { return distances[i]; }

    /** The weight of its i-th neighbour's vote (1, or 1/d). */
    public double weight(int i) { return weights[i]; }

    /** Class c's share of the query's vote (its predict_proba). */
    public double vote(int c) { return votes.length == 0 ? 0 : votes[c]; }

    /** The class given to training point i, for i below the step (classified); -1 for the others. */
    public int prediction(int i) { return i < step ? predictions[i] : -1; }

    /** How many of the points classified so far were given their own class. */
    public int correct() { return correct; }

    /** Fraction classified correctly so far; NaN before the first step. */
    public double accuracy() { return step == 0 ? Double.NaN : (double) correct / step; }

    public List<String> classNames() { return classNames; }

    @Override
    public String narration() {
        return query < 0 ? "" : KnnNarration.full(this);
    }

    @Override
    public String narration(int characters) {
        if (query < 0) {
            return "";
        }
        String full = KnnNarration.full(this);
        return full.length() <= characters ? full : KnnNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (query < 0) {
            return metrics.build();
        }
        double[] classified = new double[step];
        for (int i = 0; i < step; i++) {
            classified[i] = predictions[i];
        }
        double[] rows = new double[neighbours.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = neighbours[i];
        }
        return metrics.vector("neigh_ind", rows)
                .vector("neigh_dist", distances).vector("proba", votes).vector("predictions", classified).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    /** The class name, for narration. */
    String className(int c) { return classNames.get(c); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KnnSnapshot[step %d, %s]", step, status);
    }

    /** The fitted classifier's prediction of the row x[offset .. offset + d), as {@code KNeighborsClassifier.predict}. */
    @Override
    public double predict(double[] x, int offset) {
        int d = model.featureCount();
        double[] row = Arrays.copyOfRange(x, offset, offset + d);
        double[] probabilities = new double[model.classCount()];
        model.predictProbabilities(row, 1, probabilities);
        return ClassProbabilities.mostProbable(probabilities, 0, model.classCount());
    }

    /** Every step's snapshot shares the one fitted model: the held-out rows' score is the same. */
    @Override
    public Object fittedModel() { return model; }
}
