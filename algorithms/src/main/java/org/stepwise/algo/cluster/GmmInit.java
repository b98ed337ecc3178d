package org.stepwise.algo.cluster;

import java.util.random.RandomGenerator;
import org.stepwise.algo.StepResult;

/**
 * The first responsibilities (n × k), as scikit-learn 1.2.1's
 * {@code BaseMixture._initialize_parameters} makes them, with the run's own seeded generator:
 * <ul>
 *   <li>{@code kmeans}: 1 for the point's k-means cluster ({@code KMeans(n_clusters, n_init=1)}
 *       with k-means++ seeding, run to convergence by {@link KMeansEngine});</li>
 *   <li>{@code random}: uniform numbers in [0, 1), divided by their sum per point;</li>
 *   <li>{@code first}: 1 for the nearest of the first k rows (the lowest index on a tie), the
 *       deterministic start the fixtures hand to scikit-learn as its three {@code *_init}.</li>
 * </ul>
 */
final class GmmInit {

    private GmmInit() {
    }

    static double[] responsibilities(String init, double[] x, int n, int d, int k, RandomGenerator random) {
        double[] resp = new double[n * k];
        switch (init) {
            case GmmParams.FIRST -> {
                double[] firstRows = java.util.Arrays.copyOf(x, k * d);
                for (int i = 0; i < n; i++) {
                    resp[i * k + Centroids.nearest(x, i, firstRows, k, d)] = 1;
                }
            }
            case GmmParams.RANDOM -> {
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        resp[i * k + c] = random.nextDouble();
                        sum += resp[i * k + c];
                    }
                    for (int c = 0; c < k; c++) {
                        resp[i * k + c] /= sum;
                    }
                }
            }
            case GmmParams.KMEANS -> {
                KMeansEngine kmeans = new KMeansEngine(new KMeansRun(x, n, d, k, KMeansInit.PLUS_PLUS, false, 1, 300,
                        1e-4), random, false);
                StepResult result = StepResult.CONTINUE;
                while (!result.isFinal()) {
                    result = kmeans.step();
                }
                int[] labels = kmeans.snapshot().labels();
                for (int i = 0; i < n; i++) {
                    resp[i * k + labels[i]] = 1;
                }
            }
            default -> throw new IllegalArgumentException("init must be one of kmeans, random, first; got " + init);
        }
        return resp;
    }
}
