package se.nyskapa.command.user;

/**
 * Who is sending the command being dispatched, asked in the sending thread (an HTTP request's). Until login exists
 * the default is {@link PlaceholderUser}; a login supplies its own bean that reads the signed-in name, and the
 * default gives way to it.
 */
@FunctionalInterface
public interface CurrentUser {

    String name();
}
