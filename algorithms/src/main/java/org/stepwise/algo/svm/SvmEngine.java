package org.stepwise.algo.svm;

import org.stepwise.algo.Engine;
import org.stepwise.algo.StepResult;

/**
 * A support vector machine trained one SMO pair update per step, as scikit-learn 1.2.1's
 * {@code SVC} (C-SVC) and {@code SVR} (ε-SVR) train through LIBSVM ({@code sklearn/svm/_base.py},
 * {@code sklearn/svm/src/libsvm/svm.cpp}: {@code svm_train}, {@code solve_c_svc},
 * {@code solve_epsilon_svr}, {@code Solver}); Platt, "Sequential minimal optimization", 1998;
 * Fan, Chen &amp; Lin, JMLR 6, 2005.
 *
 * <p>Classification is one-vs-one: for each pair of classes a &lt; b, in LIBSVM's order (0,1),
 * (0,2), …, (1,2), …, the dual of the two classes' rows (a's with y = +1, then b's with y = −1,
 * each in the data's order) is solved to {@code tol} by {@link SmoSolver}, the pairs one after
 * another; one step is one SMO update of the current pair's problem (the step that finds a pair
 * optimal also makes the next pair's first update). ε-SVR is the 2l-variable problem (α with
 * y = +1 and p = ε − y_i, α* with y = −1 and p = ε + y_i). The run converges when the last
 * problem is optimal: then the coefficients, ρ and the predictions are LIBSVM's within its
 * {@code tol}.
 */
final class SvmEngine implements Engine<SvmSnapshot> {

    /** LIBSVM's own bound on iterations, max(10⁷, 100·l), as a step limit. */
    static final int STEP_LIMIT = 10_000_000;

    private final SvmData data;
    private final SmoSolver solver;
    private final int[][] pairs;
    private final int[][] svRows;
    private final double[][] svCoef;
    private final double[] rho;
    private final double[] objectives;
    private final int[] iterations;
    /** Per problem, each training row's Σ y_t α_t K (before ρ): the training predictions without kernels. */
    private final double[][] decisions;
    private final double tol;

    private int problem;
    private int step;
    private StepResult status = StepResult.CONTINUE;
    private SvmSnapshot.Event event = SvmSnapshot.Event.START;
    /** The last update: the training rows of the pair (i, j) (-1 when none) and their new coefficients y α. */
    private int rowI = -1;
    private int rowJ = -1;
    private double coefI;
    private double coefJ;
    private SvmSnapshot cached;

    SvmEngine(SvmData data) {
        this.data = data;
        this.tol = data.tol();
        this.pairs = data.pairs();
        int problems = pairs.length;
        this.svRows = new int[problems][];
        this.svCoef = new double[problems][];
        this.rho = new double[problems];
        this.objectives = new double[problems];
        this.iterations = new int[problems];
        this.decisions = new double[problems][data.rows()];
        for (int p = 0; p < problems; p++) {
            svRows[p] = new int[0];
            svCoef[p] = new double[0];
        }
        this.solver = new SmoSolver(data.kernelRows(), data.largestProblem());
        data.start(solver, 0, decisions[0]);
    }

    @Override
    public SvmSnapshot snapshot() {
        if (cached == null || cached.step() != step) {
            int[][] rows = svRows.clone();
            double[][] coef = svCoef.clone();
            double[] rhos = rho.clone();
            double objective = 0;
            for (int p = 0; p < problem; p++) {
                objective += objectives[p];
            }
            if (problem < pairs.length && !status.isFinal()) {
                SvmData.Support current = SvmData.support(solver, data.rows());
                rows[problem] = current.rows();
                coef[problem] = current.coef();
                rhos[problem] = solver.rho();
                objective += solver.objective();
            } else if (problem < pairs.length) {
                objective += objectives[problem];
            }
            SvmModel model = new SvmModel(data.kernel(), data.x(), data.d(), data.classCount(), pairs, rows, coef, rhos);
            cached = new SvmSnapshot(step, status, event, model, data, problem, new SvmSnapshot.PairUpdate(problem, rowI, rowJ, coefI, coefJ), objective,
                    solver.violation(), tol, iterations.clone(), trainingScore(rhos));
        }
        return cached;
    }

    /**
     * Accuracy or R² on the training rows from the running decision values (kernels in single
     * precision); NaN once finished, when the snapshot scores the model's own predictions exactly
     * (and only when asked: a fit need not predict).
     */
    private double trainingScore(double[] rhos) {
        return status.isFinal() ? Double.NaN : data.score(decisions, rhos);
    }

    @Override
    public StepResult step() {
        if (status.isFinal()) {
            return status;
        }
        step++;
        if (solver.step()) {
            record(SvmSnapshot.Event.UPDATE);
            return status;
        }
        finish(problem);
        if (problem + 1 == pairs.length) {
            event = SvmSnapshot.Event.SOLVED;
            rowI = -1;
            rowJ = -1;
            status = StepResult.CONVERGED;
            return status;
        }
        problem++;
        data.start(solver, problem, decisions[problem]);
        if (solver.step()) {
            record(SvmSnapshot.Event.NEXT_PAIR);
        } else {
            // A pair optimal at α = 0 (never for two classes of rows): go on to it next step.
            rowI = -1;
            rowJ = -1;
            event = SvmSnapshot.Event.NEXT_PAIR;
        }
        return status;
    }

    private void record(SvmSnapshot.Event happened) {
        event = happened;
        iterations[problem]++;
        rowI = solver.row(solver.lastI());
        rowJ = solver.row(solver.lastJ());
        coefI = solver.signedAlpha(solver.lastI());
        coefJ = solver.signedAlpha(solver.lastJ());
        int total = 0;
        for (int count : iterations) {
            total += count;
        }
        if (total >= STEP_LIMIT) {
            status = StepResult.stopped("SMO made " + STEP_LIMIT + " updates without reaching tol " + tol
                    + " (LIBSVM's own limit); a larger tol or a smaller C ends sooner");
        }
    }

    private void finish(int p) {
        SvmData.Support support = SvmData.support(solver, data.rows());
        svRows[p] = support.rows();
        svCoef[p] = support.coef();
        rho[p] = solver.rho();
        objectives[p] = solver.objective();
    }
}
