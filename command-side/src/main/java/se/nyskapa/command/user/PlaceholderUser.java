package se.nyskapa.command.user;

/** Everyone, until login exists: every command is sent by {@value #NAME}. */
public final class PlaceholderUser implements CurrentUser {

    /** Swedish for anonymous, like the UI; no real user is named so. */
    public static final String NAME = "anonym";

    @Override
    public String name() {
        return NAME;
    }
}
