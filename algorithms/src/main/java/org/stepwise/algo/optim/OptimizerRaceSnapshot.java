package org.stepwise.algo.optim;

import java.util.List;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The race after some steps: the surface and one {@link Track} per enabled optimizer.
 * Metrics: {@code loss_<name>}, {@code grad_norm_<name>} and {@code theta_<name>} for each.
 */
public final class OptimizerRaceSnapshot implements Snapshot {

    private final int step;
    private final StepResult status;
    private final String narration;
    private final TestSurface surface;
    private final List<Track> tracks;

    OptimizerRaceSnapshot(int step, StepResult status, String narration, TestSurface surface, List<Track> tracks) {
        this.step = step;
        this.status = status;
        this.narration = narration;
        this.surface = surface;
        this.tracks = List.copyOf(tracks);
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    @Override
    public String narration() { return narration; }

    /** The surface being descended (immutable). */
    public TestSurface surface() { return surface; }

    /** One track per enabled optimizer, in {@link OptimizerRaceFactory#OPTIMIZERS} order. */
    public List<Track> tracks() { return tracks; }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = Metrics.builder();
        for (Track track : tracks) {
            metrics.scalar("loss_" + track.name(), track.currentLoss());
        }
        for (Track track : tracks) {
            metrics.scalar("grad_norm_" + track.name(), track.gradientNorm());
        }
        for (Track track : tracks) {
            metrics.vector("theta_" + track.name(), new double[] {track.currentX(), track.currentY()});
        }
        return metrics.build();
    }
}
