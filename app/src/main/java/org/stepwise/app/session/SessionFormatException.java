package org.stepwise.app.session;

/**
 * A file that is not a session this version of Stepwise can open: not JSON, damaged or
 * truncated, some other program's JSON, a newer format version, or data that does not pass
 * {@link org.stepwise.data.Dataset}'s checks. The message says which, in words a learner
 * understands. It is the caller's fault in Guava's sense (a bad input), hence an
 * {@link IllegalArgumentException}.
 */
public final class SessionFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message);
    }

    public SessionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
