package se.nyskapa.programme;

import java.time.Instant;

public record ProgrammeStarted(String programmeId, String name, int horizonYear, Instant startedAt)
        implements ProgrammeEvent {
}
