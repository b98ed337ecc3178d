package org.stepwise.algo.cluster;

import java.util.List;

/**
 * scikit-learn's {@code covariance_type}: the shape of each component's covariance, and how many
 * numbers it is stored in (the layout of {@code covariances_} flattened, row-major).
 */
enum CovarianceType {
    /** Each component its own d × d matrix: k · d · d numbers. */
    FULL("full"),
    /** One d × d matrix shared by every component. */
    TIED("tied"),
    /** Each component its own variance per feature (axis-aligned ellipses): k · d numbers. */
    DIAG("diag"),
    /** Each component one variance for every feature (circles): k numbers. */
    SPHERICAL("spherical");

    static final List<String> NAMES = List.of("full", "tied", "diag", "spherical");

    private final String id;

    CovarianceType(String id) {
        this.id = id;
    }

    String id() { return id; }

    static CovarianceType of(String id) {
        for (CovarianceType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("covarianceType must be one of " + NAMES + "; got " + id);
    }

    /** How many numbers the covariances (and their precision factors) take for k components of d features. */
    int size(int k, int d) {
        return switch (this) {
            case FULL -> k * d * d;
            case TIED -> d * d;
            case DIAG -> k * d;
            case SPHERICAL -> k;
        };
    }
}
