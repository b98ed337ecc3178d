package org.stepwise.algo.manifold;

import java.util.stream.IntStream;

/**
 * The Barnes–Hut t-SNE gradient (van der Maaten 2014, "Accelerating t-SNE using tree-based
 * algorithms", JMLR 15, §4), as scikit-learn 1.2.1's {@code _kl_divergence_bh} and
 * {@code _barnes_hut_tsne.pyx} {@code gradient}: ∂KL/∂yᵢ = 4 (Fᵢ⁺ − Fᵢ⁻ / Z) with the attractive
 * force Fᵢ⁺ = Σⱼ pᵢⱼ wᵢⱼ (yᵢ − yⱼ) over the sparse P, and the repulsive Fᵢ⁻ = Σ wᵢⱼ² (yᵢ − yⱼ) and
 * Z = Σ wᵢⱼ read off the quadtree: a cell whose squared width over its squared distance to yᵢ is
 * below angle² (or a leaf) stands for all its points at its centre of mass; the leaf of yᵢ itself
 * is skipped. KL = Σ pᵢⱼ ln(max(pᵢⱼ, tiny) / max(wᵢⱼ / Z, tiny)) over P's entries, tiny the
 * smallest normal float32. Computed in double precision (scikit-learn works in float32). The
 * points are shared between the two cores: their forces are independent.
 */
final class BarnesHutKl implements KlObjective {

    private static final double FLOAT32_TINY = Float.MIN_NORMAL;
    private static final int CHUNKS = 4;

    private final SparseAffinities joint;
    private final int n;
    private final double squaredAngle;
    private final QuadTree tree;
    private final double[] repulsion;
    private final double[] chunkZ = new double[CHUNKS];
    private final double[] chunkErrors = new double[CHUNKS];
    private final int[][] stacks = new int[CHUNKS][];

    BarnesHutKl(SparseAffinities joint, double angle) {
        this.joint = joint;
        this.n = joint.rows();
        this.squaredAngle = angle * angle;
        this.tree = new QuadTree(n);
        this.repulsion = new double[2 * n];
    }

    @Override
    public double evaluate(double[] y, double exaggeration, double[] gradient) {
        tree.build(y, n);
        IntStream.range(0, CHUNKS).parallel().forEach(c -> chunkZ[c] = repel(y, c));
        double z = 0;
        for (double s : chunkZ) {
            z += s;
        }
        double total = z;
        IntStream.range(0, CHUNKS).parallel().forEach(c -> chunkErrors[c] = attract(y, exaggeration, total, gradient, c));
        double error = 0;
        for (double e : chunkErrors) {
            error += e;
        }
        return error;
    }

    /** The repulsive forces of one chunk's points; returns their share of Z. */
    private double repel(double[] y, int chunk) {
        int[] stack = stacks[chunk];
        if (stack == null || stack.length < tree.cellCount()) {
            stack = new int[tree.cellCount() * 2];
            stacks[chunk] = stack;
        }
        double[] cells = tree.summary();
        int[] children = tree.children();
        double z = 0;
        for (int i = chunk; i < n; i += CHUNKS) {
            double xi = y[2 * i];
            double yi = y[2 * i + 1];
            double fx = 0;
            double fy = 0;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int cell = stack[--top];
                double size = cells[4 * cell + 3];
                if (size == 0) {
                    continue;
                }
                double dx = xi - cells[4 * cell];
                double dy = yi - cells[4 * cell + 1];
                double d2 = dx * dx + dy * dy;
                int first = children[cell];
                if (first < 0 && Math.abs(dx) <= QuadTree.DUPLICATE && Math.abs(dy) <= QuadTree.DUPLICATE) {
                    continue;
                }
                if (first < 0 || cells[4 * cell + 2] / d2 < squaredAngle) {
                    double w = 1.0 / (1.0 + d2);
                    z += size * w;
                    double mult = size * w * w;
                    fx += mult * dx;
                    fy += mult * dy;
                } else {
                    stack[top++] = first + 3;
                    stack[top++] = first + 2;
                    stack[top++] = first + 1;
                    stack[top++] = first;
                }
            }
            repulsion[2 * i] = fx;
            repulsion[2 * i + 1] = fy;
        }
        return z;
    }

    /** The attractive forces and gradient of one chunk's points; returns their share of KL. */
    private double attract(double[] y, double exaggeration, double z, double[] gradient, int chunk) {
        double error = 0;
        for (int i = chunk; i < n; i += CHUNKS) {
            double xi = y[2 * i];
            double yi = y[2 * i + 1];
            double fx = 0;
            double fy = 0;
            for (int e = joint.rowStart(i); e < joint.rowEnd(i); e++) {
                int j = joint.column(e);
                double dx = xi - y[2 * j];
                double dy = yi - y[2 * j + 1];
                double w = 1.0 / (1.0 + dx * dx + dy * dy);
                double p = joint.value(e) * exaggeration;
                error += p * Math.log(Math.max(p, FLOAT32_TINY) / Math.max(w / z, FLOAT32_TINY));
                fx += p * w * dx;
                fy += p * w * dy;
            }
            gradient[2 * i] = 4 * (fx - repulsion[2 * i] / z);
            gradient[2 * i + 1] = 4 * (fy - repulsion[2 * i + 1] / z);
        }
        return error;
    }
}
