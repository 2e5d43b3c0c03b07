package se.nyskapa.programme;

import java.time.Instant;

/** The programme is adopted as its published draft {@code version}; it changes no more. */
public record ProgrammeAdopted(String programmeId, int version, Instant adoptedAt) implements ProgrammeEvent {
}
