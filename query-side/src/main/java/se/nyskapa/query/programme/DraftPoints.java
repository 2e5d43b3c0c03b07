package se.nyskapa.query.programme;

import se.nyskapa.programme.DraftPoint;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.query.web.InvalidParameterException;
import se.nyskapa.query.web.NotFoundException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads a point of a draft's life from a request parameter: a published version number or an instant. */
final class DraftPoints {

    private static final Pattern VERSION = Pattern.compile("[0-9]{1,6}");

    private DraftPoints() {
    }

    /** @param live the programme's live draft, which lists the versions published so far */
    static DraftPoint parse(String field, String value, ProgrammeSummaryView live) {
        if (VERSION.matcher(value).matches()) {
            int version = Integer.parseInt(value);
            if (version < 1 || version > live.versions().size()) {
                throw new NotFoundException(field, "programme " + live.programmeId() + " has no published version "
                        + version);
            }
            return DraftPoint.version(version);
        }
        try {
            return DraftPoint.asOf(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, "must be a published version number (1, 2, …) or an instant "
                    + "such as 2015-11-20T12:00:00Z");
        }
    }

    /** When the point stands: a version when it was published, the live draft now and ever after. */
    static Instant instant(DraftPoint point, ProgrammeSummaryView live) {
        if (point.version() != null) {
            return live.versions().get(point.version() - 1).publishedAt();
        }
        return point.asOf() != null ? point.asOf() : Instant.MAX;
    }
}
