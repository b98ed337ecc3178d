package org.stepwise.algo.anomaly;

import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * Outlier detection after some steps: the data, the method's {@link OutlierStage} (scores,
 * threshold, flags, and what the method shows: trees, a point's neighbours, a feature's rule).
 *
 * <p>Metrics: {@code n_outliers}; {@code scores} (the scored points' scores in row order, lower
 * is more abnormal: at the end scikit-learn's {@code score_samples(X)} for the forest,
 * {@code negative_outlier_factor_} for LOF, minus the largest measure for the rules),
 * {@code labels} (−1 outlier, 1 inlier, of the scored points, as {@code fit_predict}) and
 * {@code offset} (the threshold, scikit-learn's {@code offset_}).
 */
public final class OutliersSnapshot implements Snapshot {

    private static final Scalars<OutliersSnapshot> SCALARS = Scalars.<OutliersSnapshot>builder()
            .count("n_outliers", OutliersSnapshot::outlierCount)
            .count("n_scored", OutliersSnapshot::scoredCount)
            .scalar("offset", s -> s.stage.offset())
            .build();

    private final int step;
    private final StepResult status;
    private final String method;
    private final OutlierData data;
    private final OutlierStage stage;
    private final int outliers;
    private final int scored;

    OutliersSnapshot(int step, StepResult status, String method, OutlierData data, OutlierStage stage) {
        this.step = step;
        this.status = status;
        this.method = method;
        this.data = data;
        this.stage = stage;
        int flagged = 0;
        int count = 0;
        for (int i = 0; i < data.n(); i++) {
            if (stage.scored(i)) {
                count++;
                flagged += stage.outlier(i) ? 1 : 0;
            }
        }
        this.outliers = flagged;
        this.scored = count;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /** "iqr", "zscore", "isolation_forest" or "lof". */
    public String method() { return method; }

    public OutlierData data() { return data; }

    public OutlierStage stage() { return stage; }

    public int size() { return data.n(); }

    public int outlierCount() { return outliers; }

    public int scoredCount() { return scored; }

    /** The point with the lowest score (the first such row), 0 before any is scored. */
    public int mostAbnormal() {
        int worst = 0;
        for (int i = 1; i < data.n(); i++) {
            if (stage.score(i) < stage.score(worst)) {
                worst = i;
            }
        }
        return worst;
    }

    @Override
    public String narration() { return OutliersNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = OutliersNarration.full(this);
        return full.length() <= characters ? full : OutliersNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        double[] scores = new double[scored];
        double[] labels = new double[scored];
        for (int i = 0, c = 0; i < data.n(); i++) {
            if (stage.scored(i)) {
                scores[c] = stage.score(i);
                labels[c++] = stage.outlier(i) ? -1 : 1;
            }
        }
        return SCALARS.addTo(Metrics.builder(), this).vector("scores", scores).vector("labels", labels).build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OutliersSnapshot[step %d, %s, %s, %d outliers]", step, status, method,
                outliers);
    }
}
