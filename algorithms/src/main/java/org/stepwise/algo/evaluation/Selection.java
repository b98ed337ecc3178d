package org.stepwise.algo.evaluation;

/**
 * The k-th smallest value of an array in expected O(n) (Hoare's quickselect with the middle
 * element as pivot), so a median of a million errors needs no sort.
 */
final class Selection {

    private Selection() {
    }

    /**
     * The value that would sit at index k if {@code values} were sorted; {@code values} is
     * reordered so that every element before k is at most it and every one after at least it.
     */
    static double kth(double[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** The largest of values[0 .. k − 1], after {@link #kth}(values, k) has partitioned them. */
    static double maxBelow(double[] values, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }
}
