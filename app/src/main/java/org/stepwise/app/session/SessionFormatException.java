package org.stepwise.app.session;

/** A file that is not a readable Stepwise session; the message says what is wrong. */
public final class SessionFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message);
    }

    public SessionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
