package org.stepwise.algo.linear;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * Ridge, lasso or elastic net after some steps: the coefficients (and those before the step), the
 * intercept, which coordinate the step updated, and the fit. Predicts without allocating, so a
 * view can sample the fitted line every frame.
 *
 * <p>Metrics, with scikit-learn's attribute names: {@code coef}, {@code intercept}, {@code n_iter}
 * (sweeps over the features; 1 for ridge's single solve, where scikit-learn's cholesky solver
 * reports None), {@code r2} (the score on the data fitted) and, once a sweep has checked it,
 * {@code dual_gap} (scikit-learn's {@code dual_gap_}, divided by n).
 */
public final class RegularizationSnapshot implements Snapshot, Predictor {

    private static final Scalars<RegularizationSnapshot> SCALARS = Scalars.<RegularizationSnapshot>builder()
            .scalar("intercept", s -> s.s.intercept())
            .count("n_iter", s -> s.s.nIter())
            .scalar("r2", s -> s.s.r2())
            .scalarWhileDefined("dual_gap", s -> s.s.dualGap())
            .build();

    /** What the engine hands over; arrays are copied by the snapshot. */
    record State(int step, StepResult status, String penalty, double alpha, double l1Ratio, List<String> featureNames,
                 double[] coef, double[] previousCoef, double intercept, double previousIntercept, double[] xMean,
                 int updated, double rho, boolean skipped, double threshold, int nIter, boolean gapChecked,
                 double sweepRatio, double dualGap, double gapTolerance, double r2, LeastSquaresBowl bowl,
                 CoefficientPath.View path) {
    }

    private final State s;
    private final double[] coef;
    private final double[] previousCoef;

    RegularizationSnapshot(State state) {
        this.coef = state.coef().clone();
        this.previousCoef = state.previousCoef().clone();
        this.s = state;
    }

    @Override
    public int step() { return s.step(); }

    @Override
    public StepResult status() { return s.status(); }

    /** "ridge", "lasso" or "elasticnet". */
    public String penalty() { return s.penalty(); }

    public double alpha() { return s.alpha(); }

    /** The L1 share used: 1 for lasso, 0 for ridge. */
    public double l1Ratio() { return s.l1Ratio(); }

    public List<String> featureNames() { return s.featureNames(); }

    public int featureCount() { return coef.length; }

    public double coef(int j) { return coef[j]; }

    public double[] coef() { return coef.clone(); }

    public double previousCoef(int j) { return previousCoef[j]; }

    public double intercept() { return s.intercept(); }

    /** The feature this step updated (0-based), or −1 (ridge's solve, the start). */
    public int updated() { return s.updated(); }

    /** Sweeps over the features completed (scikit-learn's n_iter_); ridge: its one solve. */
    public int nIter() { return s.nIter(); }

    public double r2() { return s.r2(); }

    /** scikit-learn's dual_gap_ (divided by n) at the last check; NaN before the first. */
    public double dualGap() { return s.dualGap(); }

    /** The gap's bound tol·‖y − ȳ‖²/n on the same scale as {@link #dualGap()}. */
    public double gapTolerance() { return s.gapTolerance(); }

    /** Whether this step ended a sweep that checked the duality gap. */
    public boolean gapChecked() { return s.gapChecked(); }

    /** Two features: the data term ‖y − Xw‖²/(2n) over (w₁, w₂); null otherwise. */
    public LeastSquaresBowl bowl() { return s.bowl(); }

    /** How many (w₁, w₂) the run has visited, from (0, 0) at step 0; 0 without a {@link #bowl()}. */
    public int pathLength() { return s.path() == null ? 0 : s.path().length(); }

    /** w₁ after step {@code index}. */
    public double pathW1(int index) { return s.path().intercept(java.util.Objects.checkIndex(index, pathLength())); }

    /** w₂ after step {@code index}. */
    public double pathW2(int index) { return s.path().slope(java.util.Objects.checkIndex(index, pathLength())); }

    /** The prediction for the raw row {@code x[offset .. offset + p)}. Allocates nothing. */
    @Override
    public double predict(double[] x, int offset) {
        double value = s.intercept();
        for (int j = 0; j < coef.length; j++) {
            value += coef[j] * x[offset + j];
        }
        return value;
    }

    /** A one-feature model's prediction at x. */
    public double predict(double x) { return s.intercept() + coef[0] * x; }

    /** What {@link #predict(double)} gave before this step. */
    public double predictBefore(double x) { return s.previousIntercept() + previousCoef[0] * x; }

    /**
     * The narration in at most about {@code characters} characters: the full one when it fits,
     * else "step 23 (sweep 3, bmi): w 377.4 → 362.9, threshold 442.0; R² 0.3602", else
     * "step 23: w_bmi 377.4 → 362.9; R² 0.360" (a narrow window in presentation mode).
     */
    @Override
    public String narration(int characters) {
        String full = narration();
        if (full.length() <= characters || s.step() == 0) {
            return full;
        }
        if (s.updated() < 0) {
            return String.format(Locale.ROOT, "step %d: ridge in closed form; R² %.4f", s.step(), s.r2());
        }
        int j = s.updated();
        String name = s.featureNames().get(j);
        String shorter = s.skipped()
                ? String.format(Locale.ROOT, "step %d (%s): a constant column, skipped; R² %.4f", s.step(), name, s.r2())
                : String.format(Locale.ROOT, "step %d (sweep %d, %s): w %.4g → %.4g, threshold %.4g; R² %.4f", s.step(),
                        s.nIter() + (s.gapChecked() || j == coef.length - 1 ? 0 : 1), name, previousCoef[j], coef[j],
                        s.threshold(), s.r2());
        if (shorter.length() <= characters) {
            return shorter;
        }
        return String.format(Locale.ROOT, "step %d: w_%s %.4g → %.4g; R² %.3f", s.step(), name, previousCoef[j],
                coef[j], s.r2());
    }

    /**
     * Lasso: "step 7 (sweep 1, feature bmi): ρ = Xⱼᵀr = 949.4, soft-threshold by l1 = α·l1_ratio·n
     * = 442 → w 0 → 519.8"; at the end of a sweep, its change and the gap test.
     */
    @Override
    public String narration() {
        if (s.step() == 0) {
            return "";
        }
        if (s.updated() < 0) {
            return String.format(Locale.ROOT, "step %d: ridge in closed form, (XᵀX + %sI)w = Xᵀy on centred data: "
                    + "%s; intercept %.4g, R² %.4f", s.step(), number(s.alpha()), coefText(), s.intercept(), s.r2());
        }
        int j = s.updated();
        String name = s.featureNames().get(j);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "step %d (sweep %d, feature %s): ",
                s.step(), s.nIter() + (s.gapChecked() || j == coef.length - 1 ? 0 : 1), name));
        if (s.skipped()) {
            text.append("a constant column, skipped");
        } else {
            text.append(String.format(Locale.ROOT, "ρ = Xⱼᵀr = %.4g, soft-threshold by α·l1_ratio·n = %.4g%s → "
                    + "w %.4g → %.4g%s", s.rho(), s.threshold(),
                    s.l1Ratio() < 1 ? ", shrink by ‖Xⱼ‖² + α(1 − l1_ratio)·n" : "",
                    previousCoef[j], coef[j], coef[j] == 0 ? " (exactly zero: |ρ| ≤ threshold)" : ""));
        }
        text.append(String.format(Locale.ROOT, "; R² %.4f", s.r2()));
        if (j == coef.length - 1) {
            text.append(String.format(Locale.ROOT, "; sweep %d done, max|Δw|/max|w| = %.3g", s.nIter(), s.sweepRatio()));
            if (s.gapChecked()) {
                text.append(String.format(Locale.ROOT, ", duality gap %.3g %s tol·‖y‖²/n = %.3g", s.dualGap(),
                        s.dualGap() < s.gapTolerance() ? "<" : "≥", s.gapTolerance()));
            }
        }
        return text.toString();
    }

    private String coefText() {
        StringBuilder text = new StringBuilder("w = (");
        for (int j = 0; j < Math.min(coef.length, 4); j++) {
            text.append(j == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", coef[j]));
        }
        return text.append(coef.length > 4 ? ", …)" : ")").toString();
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder().vector("coef", coef), this).build();
    }

    @Override
    public double scalar(String name) {
        return SCALARS.value(this, name);
    }
}
