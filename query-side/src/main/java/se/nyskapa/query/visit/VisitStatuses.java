package se.nyskapa.query.visit;

import se.nyskapa.visit.VisitStatus;

import java.time.LocalDate;

/**
 * A visit is held once its date has come or anything was recorded at it. The date part depends on today, so it is
 * decided when read, never stored: a projection must not read the clock.
 */
public final class VisitStatuses {

    private VisitStatuses() {
    }

    public static VisitStatus of(boolean concluded, boolean anythingRecorded, LocalDate date, LocalDate today) {
        if (concluded) {
            return VisitStatus.CONCLUDED;
        }
        return anythingRecorded || !date.isAfter(today) ? VisitStatus.HELD : VisitStatus.PLANNED;
    }
}
