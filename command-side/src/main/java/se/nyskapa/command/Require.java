package se.nyskapa.command;

import se.nyskapa.id.Ids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    /**
     * The days a region's dialogue can be about. A date far outside them is a typing mistake, and one beyond what
     * MongoDB's dates hold (milliseconds since 1970 in 64 bits) would stop every projection that stores it, for good,
     * since events are never changed.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
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

    /** A date from {@link #EARLIEST} to {@link #LATEST}; {@code null} is left to the caller. */
    public static void date(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw invalid(field, "a date from " + EARLIEST + " to " + LATEST);
        }
    }

    /** An instant on one of the days {@link #date} takes; {@code null} is left to the caller. */
    public static void instant(String field, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw invalid(field, "a time from " + EARLIEST + " to " + LATEST);
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
