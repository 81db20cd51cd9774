package kz.oralman.examples.cli;

/** A mistake of the user's: reported as a message and exit code 2, never with a stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
