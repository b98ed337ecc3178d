package org.stepwise.algo.optim;

import java.util.Arrays;
import java.util.List;
import org.stepwise.algo.Metrics;
import org.stepwise.algo.Snapshot;
import org.stepwise.algo.StepResult;

/**
 * The race after some steps: the surface, and for each enabled optimizer (in
 * {@link OptimizerRaceFactory#OPTIMIZERS} order) its path, losses, current θ and gradient, and
 * state. Immutable and cheap: the paths are shared with the engine, which never rewrites the
 * part a snapshot can see (see {@link Track}).
 *
 * <p>Metrics: {@code step}, then {@code loss_<name>} (f at the current θ) and
 * {@code grad_norm_<name>} (‖∇f‖ there) for each optimizer, then the vectors
 * {@code theta_<name>}, where name is gd, momentum, nesterov, adagrad, rmsprop, adam or adamw.
 */
public final class OptimizerRaceSnapshot implements Snapshot {

    private final int step;
    private final StepResult status;
    private final TestSurface surface;
    private final Track[] tracks;

    OptimizerRaceSnapshot(int step, StepResult status, TestSurface surface, Track[] tracks) {
        this.step = step;
        this.status = status;
        this.surface = surface;
        this.tracks = tracks;
    }

    @Override
    public int step() { return step; }

    @Override
    public StepResult status() { return status; }

    /**
     * One sentence per optimizer, e.g. "Adam: θ (−1.20, 1.38) → (−1.10, 1.28), loss 24.2 →
     * 19.9; GD: ..."; empty before the first step.
     */
    @Override
    public String narration() { return RaceNarration.describe(this, RaceNarration.FITS); }

    /** The most detailed of the narration's four forms that fits (see {@link RaceNarration}). */
    @Override
    public String narration(int characters) { return RaceNarration.describe(this, characters); }

    /** The surface being descended (immutable). */
    public TestSurface surface() { return surface; }

    /** How many optimizers race. */
    public int optimizerCount() { return tracks.length; }

    /** The optimizers' tracks, in drawing order. */
    public List<Track> tracks() { return List.of(tracks); }

    /** The track of optimizer {@code optimizer} (0-based, in drawing order). */
    public Track track(int optimizer) { return tracks[optimizer]; }

    /** The id of an optimizer, e.g. "adam". */
    public String optimizerName(int optimizer) { return tracks[optimizer].name(); }

    /** The display name of an optimizer, e.g. "Adam". */
    public String optimizerLabel(int optimizer) { return tracks[optimizer].label(); }

    /** The index of the optimizer with this id, or -1 when it is not racing. */
    public int indexOf(String name) {
        for (int i = 0; i < tracks.length; i++) {
            if (tracks[i].name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Number of points on an optimizer's path (start included). */
    public int pathLength(int optimizer) { return tracks[optimizer].length(); }

    public double pathX(int optimizer, int index) { return tracks[optimizer].x(index); }

    public double pathY(int optimizer, int index) { return tracks[optimizer].y(index); }

    /** f at point {@code index} of an optimizer's path. */
    public double pathLoss(int optimizer, int index) { return tracks[optimizer].loss(index); }

    public double thetaX(int optimizer) { return tracks[optimizer].currentX(); }

    public double thetaY(int optimizer) { return tracks[optimizer].currentY(); }

    public double loss(int optimizer) { return tracks[optimizer].currentLoss(); }

    public double gradientX(int optimizer) { return tracks[optimizer].gradientX(); }

    public double gradientY(int optimizer) { return tracks[optimizer].gradientY(); }

    public double gradientNorm(int optimizer) { return tracks[optimizer].gradientNorm(); }

    public Track.State state(int optimizer) { return tracks[optimizer].state(); }

    /** The step at which an optimizer converged or diverged; -1 while it moves. */
    public int endStep(int optimizer) { return tracks[optimizer].endStep(); }

    @Override
    public Metrics metrics() {
        Metrics.Builder metrics = Metrics.builder().scalar("step", step);
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

    @Override
    public double scalar(String name) {
        if (name.equals("step")) {
            return step;
        }
        for (Track track : tracks) {
            if (isNamed(name, "loss_", track.name())) {
                return track.currentLoss();
            }
            if (isNamed(name, "grad_norm_", track.name())) {
                return track.gradientNorm();
            }
        }
        return Double.NaN;
    }

    /** Whether name is prefix + id, without building that string. */
    private static boolean isNamed(String name, String prefix, String id) {
        return name.length() == prefix.length() + id.length() && name.startsWith(prefix) && name.endsWith(id);
    }

    @Override
    public String toString() {
        return "OptimizerRaceSnapshot[step " + step + ", " + status + ", "
                + Arrays.stream(tracks).map(Track::name).toList() + "]";
    }
}
