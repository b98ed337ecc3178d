package org.stepwise.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The size of a rendered image in pixels, written {@code WIDTHxHEIGHT} on the command line. */
record ImageSize(int width, int height) {

    static final int MIN = 16;
    static final int MAX = 8192;

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*");

    ImageSize {
        if (width < MIN || width > MAX || height < MIN || height > MAX) {
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
        return new IllegalArgumentException("The '--size' option must be WIDTHxHEIGHT in pixels, each from " + MIN
                + " to " + MAX + ", e.g. 1280x800; got '" + got + "'.");
    }

    @Override
    public String toString() { return width + "x" + height; }
}
