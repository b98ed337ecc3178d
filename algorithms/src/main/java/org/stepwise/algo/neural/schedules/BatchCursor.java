package org.stepwise.algo.neural.schedules;

/**
 * Where the next mini-batch lies: the rows in their order in batches of {@code batchSize}, the
 * last of an epoch shorter when the rows do not divide evenly (scikit-learn's {@code gen_batches}
 * with {@code shuffle=False}), then from the first row again.
 */
final class BatchCursor {

    private final int rows;
    private final int batch;
    private int first;

    BatchCursor(int rows, int batchSize) {
        this.rows = rows;
        this.batch = Math.min(batchSize, rows);
    }

    /** The first row of the next batch. */
    int first() { return first; }

    /** The rows in the next batch. */
    int count() { return Math.min(batch, rows - first); }

    /** The largest batch (what the networks prepare for). */
    int batch() { return batch; }

    /** Moves past the next batch. */
    void advance() {
        first += count();
        if (first == rows) {
            first = 0;
        }
    }
}
