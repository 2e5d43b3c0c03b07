package se.nyskapa.id;

/**
 * The rule every id follows, on both sides. Ids are chosen by clients: letters, digits, '-' and '_' only, so that
 * they are safe as keys everywhere (a MongoDB document cannot hold a map key with a dot) and in paths.
 */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    public static final String RULE = "an id is 1 to 64 letters, digits, '-' or '_'";

    private Ids() {
    }
}
