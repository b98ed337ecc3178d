package org.stepwise.algo.neighbors;

import java.util.Locale;

/**
 * The sentences of a classification step: "point 12 (class 1): its 5 nearest are 3 × class 1,
 * 2 × class 0 → class 1 ✓; accuracy so far 11/12 = 91.7%", saying when a tie went to the lowest
 * label and when a point at distance 0 took all the weight. Written only when asked for.
 */
final class KnnNarration {

    private KnnNarration() {
    }

    static String full(KnnSnapshot s) {
        KnnClassifier model = s.model();
        int k = s.neighbourCount();
        int zeros = 0;
        for (int i = 0; i < k; i++) {
            zeros += s.distance(i) == 0 ? 1 : 0;
        }
        StringBuilder text = new StringBuilder(160);
        text.append("point ").append(s.query()).append(" (").append(s.className(model.label(s.query()))).append("): ");
        text.append("its ").append(k).append(k == 1 ? " nearest is " : " nearest are ").append(counts(s, " × ", ", "));
        if (model.distanceWeights()) {
            if (zeros == 1) {
                text.append("; the one at distance 0 (itself) takes all the weight");
            } else if (zeros > 1) {
                text.append("; the ").append(zeros).append(" at distance 0 share all the weight");
            } else {
                text.append("; weighted 1/d: ").append(weighted(s));
            }
        } else if (tie(s)) {
            text.append(", a tie, which goes to the lowest label");
        }
        if (s.tiesAtTheKth() > 0) {
            int others = s.tiesAtTheKth();
            text.append(others == 1 ? "; 1 more point lies" : "; " + others + " more points lie")
                    .append(" at the ").append(ordinal(k)).append(" distance, and lower rows are taken first");
        }
        text.append(" → ").append(s.className(s.predicted())).append(mark(s));
        text.append(String.format(Locale.ROOT, "; accuracy so far %d/%d = %.1f%%", s.correct(), s.step(),
                100 * s.accuracy()));
        return text.toString();
    }

    /** "point 12: 3×class 1, 2×class 0 → class 1 ✓ (91.7%)". */
    static String brief(KnnSnapshot s) {
        return "point " + s.query() + ": " + counts(s, "×", ", ") + " → " + s.className(s.predicted()) + mark(s)
                + String.format(Locale.ROOT, " (%.1f%%)", 100 * s.accuracy());
    }

    /** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    private static String mark(KnnSnapshot s) {
        return s.predicted() == s.model().label(s.query()) ? " ✓" : " ✗";
    }

    /** The neighbours' classes with their counts, most first (then the lower class). */
    private static String counts(KnnSnapshot s, String times, String separator) {
        int classes = s.classCount();
        int[] count = new int[classes];
        for (int i = 0; i < s.neighbourCount(); i++) {
            count[s.model().label(s.neighbour(i))]++;
        }
        StringBuilder text = new StringBuilder();
        for (int shown = 0; shown < classes; shown++) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (count[c] > 0 && (best < 0 || count[c] > count[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(count[best]).append(times).append(s.className(best));
            count[best] = 0;
        }
        return text.toString();
    }

    /** Whether two classes share the largest vote. */
    private static boolean tie(KnnSnapshot s) {
        int best = s.predicted();
        for (int c = 0; c < s.classCount(); c++) {
            if (c != best && s.vote(c) == s.vote(best)) {
                return true;
            }
        }
        return false;
    }

    /** "class 1 4.21, class 0 1.30": each class's summed weight, largest first. */
    private static String weighted(KnnSnapshot s) {
        int classes = s.classCount();
        double[] sum = new double[classes];
        for (int i = 0; i < s.neighbourCount(); i++) {
            sum[s.model().label(s.neighbour(i))] += s.weight(i);
        }
        StringBuilder text = new StringBuilder();
        for (int shown = 0; shown < classes; shown++) {
            int best = -1;
            for (int c = 0; c < classes; c++) {
                if (sum[c] > 0 && (best < 0 || sum[c] > sum[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(s.className(best)).append(String.format(Locale.ROOT, " %.3g", sum[best]));
            sum[best] = -1;
        }
        return text.toString();
    }
}
