package se.nyskapa.command.user;

/**
 * Who is sending the command being dispatched, asked in the sending thread (an HTTP request's): by default the
 * {@link SignedInUser}; a test may supply its own.
 */
@FunctionalInterface
public interface CurrentUser {

    String name();
}
