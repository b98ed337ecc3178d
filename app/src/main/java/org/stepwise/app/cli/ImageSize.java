package org.stepwise.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a rendered image in pixels, written {@code WIDTHxHEIGHT} on the command line. The
 * panel is laid out at that size, not scaled: below {@link #MIN_WIDTH} × {@link #MIN_HEIGHT} its
 * chart and controls would be cut off (a 100 × 50 picture showed two buttons), so that is refused.
 */
record ImageSize(int width, int height) {

    static final int MIN_WIDTH = 800;
    static final int MIN_HEIGHT = 500;
    static final int MAX = 8192;

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*");

    ImageSize {
        if (width < MIN_WIDTH || width > MAX || height < MIN_HEIGHT || height > MAX) {
            throw refusal(width + "x" + height);
        }
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not {@code WxH} with both sides in range
     */
    static ImageSize parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw refusal(text);
        }
        return new ImageSize(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private static IllegalArgumentException refusal(String got) {
        return new IllegalArgumentException("The '--size' option must be WIDTHxHEIGHT in pixels, from " + MIN_WIDTH
                + "x" + MIN_HEIGHT + " (the smallest at which the panel shows whole) to " + MAX + "x" + MAX
                + ", e.g. 1280x800; got '" + got + "'.");
    }

    @Override
    public String toString() { return width + "x" + height; }
}
