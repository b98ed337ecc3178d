package org.stepwise.algo.svm;

import java.util.List;
import java.util.Locale;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Predictor;
import org.stepwise.algo.Scalars;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * An SVM after some SMO updates: the decision functions as they stand ({@link #model()}), the
 * pair of variables just updated, the problem being solved (a pair of classes, or the regression),
 * the dual objective (summed over the problems, each starting at 0) and the largest KKT violation
 * m(α) − M(α) that the stopping rule compares with {@code tol}.
 *
 * <p>Metrics, named as scikit-learn's fitted attributes: {@code accuracy} (SVC) or {@code r2} (SVR)
 * on the rows fitted, {@code objective}, {@code violation}, {@code support_vectors} (how many);
 * {@code n_support} (per class; one number for SVR), {@code support}, {@code dual_coef},
 * {@code intercept} in scikit-learn's layout (support vectors grouped by class; for two classes
 * scikit-learn's signs, which make f &gt; 0 the second class), and {@code n_iter} (updates per problem:
 * not scikit-learn's, whose shrinking takes another route).
 */
public final class SvmSnapshot implements Snapshot, Predictor {

    /** What the last step did. */
    public enum Event { START, UPDATE, NEXT_PAIR, SOLVED }

    /**
     * The last update: the problem, the training rows of the two variables (-1 when the step
     * updated none) and their new coefficients y α.
     */
    public record PairUpdate(int problem, int rowI, int rowJ, double coefI, double coefJ) {
        public boolean updated() { return rowI >= 0; }
    }

    private static final Scalars<SvmSnapshot> SCALARS = Scalars.<SvmSnapshot>builder()
            .scalarWhileDefined("accuracy", s -> s.model.isClassifier() ? s.score() : Double.NaN)
            .scalarWhileDefined("r2", s -> s.model.isClassifier() ? Double.NaN : s.score())
            .scalar("objective", s -> s.objective)
            .scalarWhileDefined("violation", s -> Double.isFinite(s.violation) ? s.violation : Double.NaN)
            .count("support_vectors", SvmSnapshot::supportCount)
            .build();

    private final int step;
    private final StepResult status;
    private final Event event;
    private final SvmModel model;
    private final SvmData data;
    private final int problem;
    private final PairUpdate update;
    private final double objective;
    private final double violation;
    private final double tol;
    private final int[] iterations;
    /** The running score, or NaN until {@link #score()} computes the final one (idempotent: a benign race). */
    private double score;
    private final SupportLayout layout;

    SvmSnapshot(int step, StepResult status, Event event, SvmModel model, SvmData data, int problem,
                PairUpdate update, double objective, double violation, double tol, int[] iterations, double score) {
        this.step = step;
        this.status = status;
        this.event = event;
        this.model = model;
        this.data = data;
        this.problem = problem;
        this.update = update;
        this.objective = objective;
        this.violation = violation;
        this.tol = tol;
        this.iterations = iterations;
        this.score = score;
        this.layout = new SupportLayout(model, data);
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    public Event event() { return event; }

    /** The decision functions at this step. */
    public SvmModel model() { return model; }

    /** The problem being solved (a pair's index in one-vs-one order; 0 for regression). */
    public int problem() { return problem; }

    public PairUpdate update() { return update; }

    /** The dual objective ½αᵀQα + pᵀα summed over the problems (LIBSVM's "obj"); it never rises. */
    public double objective() { return objective; }

    /** m(α) − M(α) of the current problem as the last selection measured it (+∞ before it). */
    public double violation() { return violation; }

    public double tol() { return tol; }

    public double c() { return data.c(); }

    public double epsilon() { return data.epsilon(); }

    /** Accuracy (SVC) or R² (SVR) on the rows fitted; once finished, of the model's exact predictions. */
    public double score() {
        if (Double.isNaN(score)) {
            score = data.score(model);
        }
        return score;
    }

    public boolean isClassifier() { return model.isClassifier(); }

    /** How many training rows are support vectors of some problem. */
    public int supportCount() { return layout.support().length; }

    /** Whether training row r is a support vector of some problem. */
    public boolean isSupport(int row) { return layout.isSupport(row); }

    /** Training row r's features and target (class index or value). */
    public double feature(int row, int column) { return data.x()[row * data.d() + column]; }

    public double target(int row) { return data.target(row); }

    public int rows() { return data.rows(); }

    public List<String> classNames() { return data.classNames(); }

    public List<String> featureNames() { return data.featureNames(); }

    @Override
    public double predict(double[] x, int offset) { return model.predict(x, offset); }

    @Override
    public Object fittedModel() { return model; }

    @Override
    public String narration() { return SvmNarration.full(this); }

    @Override
    public String narration(int characters) {
        String full = SvmNarration.full(this);
        return full.length() <= characters ? full : SvmNarration.brief(this);
    }

    @Override
    public Metrics metrics() {
        return SCALARS.addTo(Metrics.builder(), this)
                .vector("n_support", layout.nSupport())
                .vector("support", layout.supportAsNumbers())
                .matrix("dual_coef", layout.dualCoef())
                .vector("intercept", layout.intercept())
                .vector("n_iter", java.util.Arrays.stream(iterations).asDoubleStream().toArray())
                .build();
    }

    @Override
    public double scalar(String name) { return SCALARS.value(this, name); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SvmSnapshot[step %d, %s, problem %d, %d support vectors]", step, status,
                problem, supportCount());
    }
}
