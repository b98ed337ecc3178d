package org.stepwise.algo.bayes;

import java.util.List;

/** The three Gaussian class-conditional models the lesson fits, by their parameter value. */
enum GaussianModel {
    /** One variance per feature and class: axis-aligned, independent features (scikit-learn's GaussianNB). */
    GAUSSIAN_NB("gaussian-nb", "Gaussian naive Bayes"),
    /** One covariance shared by every class (LinearDiscriminantAnalysis, solver 'svd'). */
    LDA("lda", "LDA"),
    /** One full covariance per class (QuadraticDiscriminantAnalysis). */
    QDA("qda", "QDA");

    static final List<String> NAMES = List.of("gaussian-nb", "lda", "qda");

    private final String parameter;
    private final String title;

    GaussianModel(String parameter, String title) {
        this.parameter = parameter;
        this.title = title;
    }

    /** The value of the {@code model} parameter. */
    String parameter() { return parameter; }

    /** How narration names it. */
    String title() { return title; }

    static GaussianModel of(String parameter) {
        for (GaussianModel model : values()) {
            if (model.parameter.equals(parameter)) {
                return model;
            }
        }
        throw new IllegalArgumentException("no model '" + parameter + "'; choose one of " + NAMES);
    }
}
