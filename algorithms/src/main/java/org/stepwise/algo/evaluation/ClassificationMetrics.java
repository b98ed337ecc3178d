package org.stepwise.algo.evaluation;

/**
 * Metrics of hard predictions, read from a {@link ConfusionMatrix}, as scikit-learn 1.2.1's
 * {@code sklearn/metrics/_classification.py} computes them with {@code labels=range(K)}:
 * accuracy, balanced accuracy, precision, recall, specificity, F1 and Fβ (per class and
 * {@link Average averaged}), Matthews' correlation coefficient and Cohen's κ.
 *
 * <p>Per class k (one-vs-rest): precision = TP/(TP+FP), recall = TP/(TP+FN), specificity =
 * TN/(TN+FP) (scikit-learn has no function for it: it is the recall of "not k"),
 * Fβ = (1+β²)·P·R/(β²·P+R). A zero denominator gives 0.0 and a sentence, as
 * {@code zero_division="warn"} does ({@code _prf_divide}); Fβ is ill-defined only for a class with
 * neither true nor predicted rows, and is 0 when β²·P+R = 0. Averages: micro pools the counts,
 * macro is the mean over the K classes, weighted weighs each class by its support.
 */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /** (TP summed over classes) / n: {@code accuracy_score}. */
    public static Score accuracy(ConfusionMatrix cm) { return Score.of((double) cm.correct() / cm.total()); }

    /**
     * The mean recall over the classes that have true rows ({@code balanced_accuracy_score}); a
     * class only predicted is left out, with the warning scikit-learn gives.
     */
    public static Score balancedAccuracy(ConfusionMatrix cm) {
        double sum = 0;
        int present = 0;
        StringBuilder absent = new StringBuilder();
        for (int k = 0; k < cm.classes(); k++) {
            if (cm.support(k) > 0) {
                sum += (double) cm.truePositives(k) / cm.support(k);
                present++;
            } else if (cm.predicted(k) > 0) {
                absent.append(absent.length() == 0 ? "" : ", ").append(k);
            }
        }
        double value = sum / present;
        return absent.length() == 0 ? Score.of(value) : Score.substituted(value, "balanced accuracy leaves out class "
                + absent + ", which is predicted but has no true rows (y_pred contains classes not in y_true)");
    }

    public static Score[] precisionPerClass(ConfusionMatrix cm) { return perClass(cm, Ratio.PRECISION); }

    public static Score[] recallPerClass(ConfusionMatrix cm) { return perClass(cm, Ratio.RECALL); }

    public static Score[] specificityPerClass(ConfusionMatrix cm) { return perClass(cm, Ratio.SPECIFICITY); }

    /** {@code precision_score(average=...)}; {@code positiveClass} is read only for {@link Average#BINARY}. */
    public static Score precision(ConfusionMatrix cm, Average average, int positiveClass) {
        return averaged(cm, Ratio.PRECISION, average, positiveClass);
    }

    /** {@code recall_score(average=...)}. */
    public static Score recall(ConfusionMatrix cm, Average average, int positiveClass) {
        return averaged(cm, Ratio.RECALL, average, positiveClass);
    }

    /** Specificity, TN/(TN+FP), averaged as scikit-learn averages recall. */
    public static Score specificity(ConfusionMatrix cm, Average average, int positiveClass) {
        return averaged(cm, Ratio.SPECIFICITY, average, positiveClass);
    }

    public static Score[] fbetaPerClass(ConfusionMatrix cm, double beta) {
        Score[] precision = precisionPerClass(cm);
        Score[] recall = recallPerClass(cm);
        Score[] out = new Score[cm.classes()];
        for (int k = 0; k < out.length; k++) {
            double f = fbeta(precision[k].value(), recall[k].value(), beta);
            out[k] = cm.support(k) == 0 && cm.predicted(k) == 0
                    ? Score.substituted(f, "F-score is ill-defined for class " + k
                            + ": no row is in it, truly or predicted; it is reported as 0.0")
                    : Score.of(f);
        }
        return out;
    }

    /** {@code fbeta_score(beta=..., average=...)}; β = ∞ gives recall, as scikit-learn does. */
    public static Score fbeta(ConfusionMatrix cm, double beta, Average average, int positiveClass) {
        if (!(beta >= 0)) {
            throw new IllegalArgumentException("beta must be at least 0; got " + beta);
        }
        if (average == Average.MICRO) {
            return Score.of(fbeta(precision(cm, average, 0).value(), recall(cm, average, 0).value(), beta));
        }
        return combine(cm, fbetaPerClass(cm, beta), average, positiveClass, "F-score");
    }

    public static Score f1(ConfusionMatrix cm, Average average, int positiveClass) {
        return fbeta(cm, 1, average, positiveClass);
    }

    /**
     * Matthews' correlation coefficient, multi-class (Gorodkin 2004) as {@code matthews_corrcoef}:
     * (c·s − Σ p_k t_k) / √((s² − Σ p_k²)(s² − Σ t_k²)) with c correct rows, s rows, t_k and p_k the
     * true and predicted counts; 0.0 with a sentence when a factor of the denominator is 0.
     */
    public static Score matthewsCorrcoef(ConfusionMatrix cm) {
        double n = cm.total();
        double dotTruePredicted = 0;
        double dotPredicted = 0;
        double dotTrue = 0;
        for (int k = 0; k < cm.classes(); k++) {
            double t = cm.support(k);
            double p = cm.predicted(k);
            dotTruePredicted += t * p;
            dotPredicted += p * p;
            dotTrue += t * t;
        }
        double covTruePredicted = cm.correct() * n - dotTruePredicted;
        double covPredicted = n * n - dotPredicted;
        double covTrue = n * n - dotTrue;
        if (covPredicted * covTrue == 0) {
            return Score.substituted(0.0, "MCC is ill-defined: "
                    + (covTrue == 0 ? "every row has the same true class" : "every row is predicted as one class")
                    + "; it is reported as 0.0, as scikit-learn does");
        }
        return Score.of(covTruePredicted / Math.sqrt(covTrue * covPredicted));
    }

    /**
     * Cohen's κ = 1 − Σ w∘C / Σ w∘E with w = 1 off the diagonal and E = outer(column sums, row
     * sums) / n, as {@code cohen_kappa_score} (unweighted); undefined when the expected
     * disagreement is 0 (scikit-learn gives NaN).
     */
    public static Score cohenKappa(ConfusionMatrix cm) {
        int k = cm.classes();
        double n = cm.total();
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    observed += cm.count(i, j);
                    expected += cm.predicted(i) * (double) cm.support(j) / n;
                }
            }
        }
        if (expected == 0) {
            return Score.undefined("Cohen's kappa is undefined: both the true and the predicted labels are one"
                    + " single class, so chance agreement is already perfect (0/0)");
        }
        return Score.of(1 - observed / expected);
    }

    /** (1+β²)·P·R/(β²·P+R), 0 when the denominator is 0; recall when β is infinite. */
    static double fbeta(double precision, double recall, double beta) {
        if (beta == Double.POSITIVE_INFINITY) {
            return recall;
        }
        double beta2 = beta * beta;
        double denominator = beta2 * precision + recall;
        return (1 + beta2) * precision * recall / (denominator == 0 ? 1 : denominator);
    }

    private static Score[] perClass(ConfusionMatrix cm, Ratio ratio) {
        Score[] out = new Score[cm.classes()];
        for (int k = 0; k < out.length; k++) {
            long denominator = ratio.denominator(cm, k);
            out[k] = denominator == 0 ? Score.substituted(0.0, ratio.problem(k))
                    : Score.of((double) ratio.numerator(cm, k) / denominator);
        }
        return out;
    }

    private static Score averaged(ConfusionMatrix cm, Ratio ratio, Average average, int positiveClass) {
        if (average != Average.MICRO) {
            return combine(cm, perClass(cm, ratio), average, positiveClass, ratio.label);
        }
        long numerator = 0;
        long denominator = 0;
        for (int k = 0; k < cm.classes(); k++) {
            numerator += ratio.numerator(cm, k);
            denominator += ratio.denominator(cm, k);
        }
        return denominator == 0 ? Score.substituted(0.0, "micro " + ratio.label + " is ill-defined: its pooled"
                + " denominator is 0; it is reported as 0.0") : Score.of((double) numerator / denominator);
    }

    /** One class's score (binary), or the macro or support-weighted mean of the per-class scores. */
    private static Score combine(ConfusionMatrix cm, Score[] perClass, Average average, int positiveClass, String label) {
        if (average == Average.BINARY) {
            if (cm.classes() > 2) {
                throw new IllegalArgumentException("average=binary needs two classes; there are " + cm.classes()
                        + ": choose micro, macro or weighted");
            }
            return perClass[positiveClass];
        }
        double sum = 0;
        double weights = 0;
        StringBuilder substituted = new StringBuilder();
        for (int k = 0; k < perClass.length; k++) {
            double w = average == Average.WEIGHTED ? cm.support(k) : 1;
            sum += perClass[k].value() * w;
            weights += w;
            if (!perClass[k].isWellDefined()) {
                substituted.append(substituted.length() == 0 ? "" : ", ").append(k);
            }
        }
        double value = sum / weights;
        return substituted.length() == 0 ? Score.of(value) : Score.substituted(value, average.sklearnName() + " "
                + label + " counts 0.0 for class " + substituted + ", where it is ill-defined ("
                + perClass[firstProblem(perClass)].problem().orElseThrow() + ")");
    }

    private static int firstProblem(Score[] scores) {
        for (int k = 0; k < scores.length; k++) {
            if (!scores[k].isWellDefined()) {
                return k;
            }
        }
        throw new IllegalStateException("no ill-defined score");
    }

    /** The three one-vs-rest ratios: what each divides, and why its denominator can be 0. */
    private enum Ratio {
        PRECISION("precision", "no row is predicted as it"),
        RECALL("recall", "no row truly belongs to it"),
        SPECIFICITY("specificity", "every row truly belongs to it, so there are no negatives");

        final String label;
        private final String emptyDenominator;

        Ratio(String label, String emptyDenominator) {
            this.label = label;
            this.emptyDenominator = emptyDenominator;
        }

        long numerator(ConfusionMatrix cm, int k) {
            return this == SPECIFICITY ? cm.trueNegatives(k) : cm.truePositives(k);
        }

        long denominator(ConfusionMatrix cm, int k) {
            return switch (this) {
                case PRECISION -> cm.predicted(k);
                case RECALL -> cm.support(k);
                case SPECIFICITY -> cm.trueNegatives(k) + cm.falsePositives(k);
            };
        }

        String problem(int k) {
            return label + " is ill-defined for class " + k + ": " + emptyDenominator + "; it is reported as 0.0,"
                    + " as scikit-learn does";
        }
    }
}
