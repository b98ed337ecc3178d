package org.stepwise.algo.cluster;

import org.stepwise.algo.Engine;
import org.stepwise.algo.Randomness;

/**
 * What judges a finished k-means run: each point's silhouette with their mean, and the elbow,
 * the converged inertia of one Lloyd run for each k from 1 to max(10, k) (at most n), seeded
 * and initialized as the run was; at the run's own k it is the run's inertia (when the run was
 * Lloyd's). Computed once, when the run ends, and only on at most {@value #MAX_POINTS} points: the
 * silhouette measures every pair.
 *
 * @param silhouetteSamples each point's silhouette, or null when undefined (one cluster present)
 * @param silhouette        their mean, or NaN
 * @param elbow             inertia for k = 1, 2, ... (index k − 1)
 */
record KMeansDiagnostics(double[] silhouetteSamples, double silhouette, double[] elbow) {

    static final int MAX_POINTS = 10_000;
    static final int ELBOW_K = 10;

    /** The diagnostics of a finished run, or null when it has too many points. */
    static KMeansDiagnostics of(KMeansRun run, int[] labels, double inertia, long seed) {
        if (run.n() > MAX_POINTS) {
            return null;
        }
        double[] samples = Silhouette.defined(labels, run.k())
                ? Silhouette.samples(run.x(), run.d(), labels, run.k()) : null;
        double[] elbow = new double[Math.min(run.n(), Math.max(ELBOW_K, run.k()))];
        for (int clusters = 1; clusters <= elbow.length; clusters++) {
            elbow[clusters - 1] = clusters == run.k() && !run.miniBatch() ? inertia
                    : converged(run.lloydWith(clusters), seed + clusters);
        }
        return new KMeansDiagnostics(samples, samples == null ? Double.NaN : Silhouette.score(samples), elbow);
    }

    private static double converged(KMeansRun run, long seed) {
        Engine<KMeansSnapshot> engine = new KMeansEngine(run, Randomness.generator(seed), false);
        while (!engine.step().isFinal()) {
            // each step is a half-iteration; the run ends by maxIter at the latest
        }
        return engine.snapshot().inertia();
    }
}
