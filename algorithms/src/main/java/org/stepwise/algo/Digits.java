package org.stepwise.algo;

import java.util.Locale;

/** Numbers as narrations write them. */
public final class Digits {

    private Digits() {
    }

    /** Three significant digits without trailing zeros: 0.5, 0.0198, 12.3, 1.50e+03 → 1.5e+03. */
    public static String three(double value) {
        return significant(value, 3);
    }

    /** Four significant digits without trailing zeros: 0.5, 0.01984, 1.984, 1.5e-05. */
    public static String four(double value) {
        return significant(value, 4);
    }

    /** A share as a percentage with one decimal: 0.9444 → "94.4 %". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String significant(double value, int digits) {
        String text = String.format(Locale.ROOT, "%." + digits + "g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }
}
