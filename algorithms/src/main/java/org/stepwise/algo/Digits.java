package org.stepwise.algo;

import java.util.Locale;

/** Numbers as narrations write them. */
public final class Digits {

    private Digits() {
    }

    /** Three significant digits without trailing zeros: 0.5, 0.0198, 12.3, 1.50e+03 → 1.5e+03. */
    public static String three(double value) {
        String text = String.format(Locale.ROOT, "%.3g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }
}
