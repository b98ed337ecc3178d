package org.stepwise.algo.neighbors;

import java.util.Arrays;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * k-nearest-neighbours regression after some training points have been predicted: the fitted
 * model (the same object in every snapshot of a run, so a curve view redraws the k-NN curve only
 * when it changes: {@link KnnRegressor#predictCurve}), the last query with its neighbours, and the
 * running R² and mean squared error.
 *
 * <p>The predictions so far live in an array the engine shares with every snapshot; it writes each
 * entry once and a snapshot reads only those before its own step.
 *
 * <p>Metrics: {@code r2} (of the points predicted so far; at the end scikit-learn's
 * {@code score(X, y)}), {@code mse}, {@code n_samples_fit}, and after the first step
 * {@code query}, {@code prediction}, {@code neigh_ind}, {@code neigh_dist} and {@code predictions}.
 */
public final class KnnRegressionSnapshot implements Snapshot, Predictor {

    private static final Scalars<KnnRegressionSnapshot> SCALARS = Scalars.<KnnRegressionSnapshot>builder()
            .scalar("r2", s -> s.r2)
            .scalar("mse", s -> s.mse)
            .count("n_samples_fit", s -> s.model.size())
            .countWhileDefined("query", s -> s.step == 0 ? Double.NaN : s.query())
            .scalarWhileDefined("prediction", s -> s.step == 0 ? Double.NaN : s.predictions[s.query()])
            .build();

    private final int step;
    private final StepResult status;
    private final KnnRegressor model;
    private final String targetName;
    private final double[] predictions;
    private final double r2;
    private final double mse;
    private final int[] neighbours;
    private final double[] distances;
    private final double[] weights;

    KnnRegressionSnapshot(int step, StepResult status, KnnRegressor model, String targetName, double[] predictions,
                          double r2, double mse, int[] neighbours, double[] distances, double[] weights) {
        this.step = step;
        this.status = status;
        this.model = model;
        this.targetName = targetName;
        this.predictions = predictions;
        this.r2 = r2;
        this.mse = mse;
        boolean any = step > 0;
        this.neighbours = any ? neighbours.clone() : new int[0];
        this.distances = any ? distances.clone() : new double[0];
        this.weights = any ? weights.clone() : new double[0];
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** The fitted regressor: the same object at every step of a run. */
    public KnnRegressor model() { return model; }

    /** The training point predicted by the last step, or -1 before the first. */
    public int query() { return step - 1; }

    public int neighbourCount() { return neighbours.length; }

    public int neighbour(int i) { return neighbours[i]; }

    public double distance(int i) { return distances[i]; }

    public double weight(int i) { return weights[i]; }

    /** The prediction for training point i, for i below the step; NaN for the others. */
    public double prediction(int i) { return i < step ? predictions[i] : Double.NaN; }

    /** R² of the points predicted so far (NaN for fewer than two). */
    public double r2() { return r2; }

    /** Mean squared error of the points predicted so far (NaN before the first step). */
    public double mse() { return mse; }

    /** "point 12 (y = 1.30): its 5 nearest have y = 1.1, 1.3, ... → mean 1.21; R² so far 0.874". */
    @Override
    public String narration() {
        if (step == 0) {
            return "";
        }
        int q = query();
        StringBuilder text = new StringBuilder(160);
        text.append(String.format(Locale.ROOT, "point %d (%s = %.3g): its %d nearest have %s = ", q, targetName,
                model.target(q), neighbours.length, targetName));
        for (int i = 0; i < neighbours.length && i < 8; i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", model.target(neighbours[i])));
        }
        if (neighbours.length > 8) {
            text.append(", …");
        }
        text.append(model.distanceWeights() ? " → weighted mean " : " → mean ")
                .append(String.format(Locale.ROOT, "%.3g", predictions[q]));
        if (Double.isFinite(r2)) {
            text.append(String.format(Locale.ROOT, "; R² so far %.3f", r2));
        }
        return text.toString();
    }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = SCALARS.addTo(Metrics.builder(), this);
        if (step == 0) {
            return metrics.build();
        }
        double[] rows = new double[neighbours.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = neighbours[i];
        }
        double[] predicted = new double[step];
        System.arraycopy(predictions, 0, predicted, 0, step);
        return metrics.vector("neigh_ind", rows)
                .vector("neigh_dist", distances).vector("predictions", predicted).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }

    /** The fitted regressor's prediction of the row x[offset .. offset + d), as {@code KNeighborsRegressor.predict}. */
    @Override
    public double predict(double[] x, int offset) {
        double[] row = Arrays.copyOfRange(x, offset, offset + model.featureCount());
        double[] out = new double[1];
        model.predict(row, 1, out);
        return out[0];
    }

    /** Every step's snapshot shares the one fitted model: the held-out rows' score is the same. */
    @Override
    public Object fittedModel() { return model; }
}
