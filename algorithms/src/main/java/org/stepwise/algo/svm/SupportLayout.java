package org.stepwise.algo.svm;

/**
 * A model's support vectors in scikit-learn's layout (LIBSVM's {@code svm_model}, then
 * {@code BaseSVC}'s sign flip for two classes): {@code support_} grouped by class in class order,
 * each class's rows in the data's order; {@code n_support_} per class; {@code dual_coef_} of
 * shape (K − 1) × n_SV, where pair (a, b) writes its coefficients of a's vectors in row b − 1 and
 * of b's in row a; {@code intercept_} = −ρ per pair. With two classes scikit-learn negates both,
 * so that f &gt; 0 is the second class. For ε-SVR one row of α − α* and −ρ.
 */
final class SupportLayout {

    private final SvmModel model;
    private final SvmData data;
    private final boolean[] mask;
    private final int[] support;

    SupportLayout(SvmModel model, SvmData data) {
        this.model = model;
        this.data = data;
        this.mask = model.supportMask(data.rows());
        int count = 0;
        for (boolean m : mask) {
            count += m ? 1 : 0;
        }
        support = new int[count];
        int s = 0;
        int classes = Math.max(1, model.classCount());
        for (int cls = 0; cls < classes; cls++) {
            for (int r = 0; r < mask.length; r++) {
                if (mask[r] && (model.classCount() == 0 || (int) data.target(r) == cls)) {
                    support[s++] = r;
                }
            }
        }
    }

    boolean isSupport(int row) { return mask[row]; }

    /** support_, not to be modified. */
    int[] support() { return support; }

    double[] supportAsNumbers() {
        double[] numbers = new double[support.length];
        for (int s = 0; s < support.length; s++) {
            numbers[s] = support[s];
        }
        return numbers;
    }

    double[] nSupport() {
        if (model.classCount() == 0) {
            return new double[] {support.length};
        }
        double[] counts = new double[model.classCount()];
        for (int r : support) {
            counts[(int) data.target(r)]++;
        }
        return counts;
    }

    double[][] dualCoef() {
        int[] column = new int[data.rows()];
        for (int s = 0; s < support.length; s++) {
            column[support[s]] = s;
        }
        int classes = model.classCount();
        double[][] dual = new double[Math.max(1, classes - 1)][support.length];
        double sign = classes == 2 ? -1 : 1;
        for (int p = 0; p < model.problems(); p++) {
            int[] rows = model.supportRows(p);
            double[] coef = model.coefficients(p);
            for (int s = 0; s < rows.length; s++) {
                int r = rows[s];
                int line = classes == 0 ? 0 : (int) data.target(r) == model.classA(p) ? model.classB(p) - 1 : model.classA(p);
                dual[line][column[r]] = sign * coef[s];
            }
        }
        return dual;
    }

    double[] intercept() {
        double[] intercept = new double[model.problems()];
        double sign = model.classCount() == 2 ? 1 : -1;
        for (int p = 0; p < intercept.length; p++) {
            intercept[p] = sign * model.rho(p);
        }
        return intercept;
    }
}
