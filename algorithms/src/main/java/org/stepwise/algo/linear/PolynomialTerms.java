package org.stepwise.algo.linear;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.data.Dataset;

/**
 * The columns of scikit-learn 1.2.1's {@code PolynomialFeatures(degree, include_bias=False)}, in
 * its order: every product of 1 to {@code degree} input features, by degree first, then the
 * index combinations with replacement in lexicographic order ({@code _combinations} in
 * sklearn/preprocessing/_polynomial.py: {@code combinations_with_replacement(range(d), k)} for
 * k = 1 .. degree). Features a, b at degree 2 give a, b, a², ab, b². Immutable; evaluating a term
 * allocates nothing, so a snapshot can predict from the raw features on several threads.
 */
public final class PolynomialTerms {

    /** Each term's factors: the indices of the input features multiplied, ascending. */
    private final int[][] factors;
    private final int features;
    private final int degree;

    private PolynomialTerms(int features, int degree, int[][] factors) {
        this.features = features;
        this.degree = degree;
        this.factors = factors;
    }

    /**
     * The terms of {@code features} inputs up to {@code degree}.
     *
     * @throws IllegalArgumentException when there would be more than {@code Integer.MAX_VALUE / 2} terms
     */
    public static PolynomialTerms of(int features, int degree) {
        long count = count(features, degree);
        if (count > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException(count + " polynomial terms are too many to compute");
        }
        List<int[]> terms = new ArrayList<>((int) count);
        for (int k = 1; k <= degree; k++) {
            addCombinations(new int[k], 0, 0, features, terms);
        }
        return new PolynomialTerms(features, degree, terms.toArray(int[][]::new));
    }

    /** Combinations with replacement of {@code length} indices from 0 .. features − 1, lexicographic. */
    private static void addCombinations(int[] prefix, int at, int from, int features, List<int[]> out) {
        if (at == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int j = from; j < features; j++) {
            prefix[at] = j;
            addCombinations(prefix, at + 1, j, features, out);
        }
    }

    /**
     * How many terms {@code features} inputs make up to {@code degree}: C(d + degree, degree) − 1,
     * saturating at {@code Long.MAX_VALUE}, so the factory can refuse a degree before expanding.
     */
    public static long count(int features, int degree) {
        // C(d + k, k) built up as a product of exact quotients: C(d + i, i) = C(d + i − 1, i − 1)(d + i)/i.
        long binomial = 1;
        for (int i = 1; i <= degree; i++) {
            long next = binomial * (features + i);
            if (next / (features + i) != binomial || next < 0) {
                return Long.MAX_VALUE;
            }
            binomial = next / i;
        }
        return binomial - 1;
    }

    public int size() { return factors.length; }

    public int inputFeatures() { return features; }

    public int degree() { return degree; }

    /** Term {@code k} of the row {@code x[offset .. offset + d)}: the product of its factors. */
    public double term(int k, double[] x, int offset) {
        double product = 1;
        for (int j : factors[k]) {
            product *= x[offset + j];
        }
        return product;
    }

    /** Term {@code k} of a point of two inputs (x₁, x₂): the boundary grid's form, without a row array. */
    public double term(int k, double x1, double x2) {
        double product = 1;
        for (int j : factors[k]) {
            product *= j == 0 ? x1 : x2;
        }
        return product;
    }

    /**
     * {@code data} with its features replaced by these terms of them (named as {@link #name}
     * does); rows, targets and held-out marks kept. The columns of
     * {@code PolynomialFeatures(degree, include_bias=False).fit_transform(X)}.
     */
    public Dataset expand(Dataset data) {
        int n = data.size();
        double[] raw = data.featuresRowMajor();
        double[][] rows = new double[n][size()];
        for (int i = 0; i < n; i++) {
            expand(raw, i * features, rows[i], 0);
        }
        List<String> names = new ArrayList<>(size());
        for (int k = 0; k < size(); k++) {
            names.add(name(k, data.featureNames()));
        }
        Dataset expanded = data.isClassification()
                ? Dataset.classification(data.name(), rows, data.labels(), names, data.classNames())
                : Dataset.regression(data.name(), rows, data.targets(), names, data.targetName());
        return expanded.withTargetName(data.targetName()).withHeldOut(data.heldOutMask());
    }

    /** Writes every term of the row {@code x[offset ..]} to {@code out[outOffset ..]}. */
    public void expand(double[] x, int offset, double[] out, int outOffset) {
        for (int k = 0; k < factors.length; k++) {
            out[outOffset + k] = term(k, x, offset);
        }
    }

    /**
     * Term {@code k}'s name as scikit-learn's {@code get_feature_names_out} writes it: factors
     * joined by a space, a repeated factor as a power ("x", "x^2", "age bmi", "bmi^2").
     */
    public String name(int k, List<String> featureNames) {
        StringBuilder name = new StringBuilder();
        int[] term = factors[k];
        for (int i = 0; i < term.length; ) {
            int power = 1;
            while (i + power < term.length && term[i + power] == term[i]) {
                power++;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(featureNames.get(term[i]));
            if (power > 1) {
                name.append('^').append(power);
            }
            i += power;
        }
        return name.toString();
    }
}
