package se.nyskapa.command;

import se.nyskapa.id.Ids;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import static se.nyskapa.rejection.RejectedException.invalid;

/** The input rules every aggregate shares, each refusal naming its field. */
public final class Require {

    public static final int MAX_TEXT = 4_000;
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_ID = 64;
    /** How many ids one command may list (themes of a contribution, evidence of a proposal, kommuner). */
    public static final int MAX_LIST = 500;
    private static final Pattern ID = Pattern.compile(Ids.PATTERN);

    private Require() {
    }

    /** See {@link Ids}. */
    public static void id(String field, String id) {
        text(field, id, MAX_ID);
        if (!ID.matcher(id).matches()) {
            throw invalid(field, Ids.RULE);
        }
    }

    public static void text(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "must not be empty");
        }
        optionalText(field, text, maxLength);
    }

    public static void optionalText(String field, String text, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw invalid(field, "at most " + maxLength + " characters (got " + text.length() + ")");
        }
    }

    /** The ids given, each checked, without repeats, in the order given. */
    public static List<String> ids(String field, List<String> ids) {
        if (ids == null) {
            throw invalid(field, "must be a list (it may be empty)");
        }
        if (ids.size() > MAX_LIST) {
            throw invalid(field, "at most " + MAX_LIST + " entries");
        }
        ids.forEach(id -> id(field, id));
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }
}
