package se.nyskapa.programme;

import java.time.Instant;

/** The programme draft as it stood at {@code asOf}, computed from the events stored up to then. */
public record FindProgrammeSummaryAsOf(String programmeId, Instant asOf) {
}
