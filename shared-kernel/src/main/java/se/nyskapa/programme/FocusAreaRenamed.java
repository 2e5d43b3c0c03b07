package se.nyskapa.programme;

import java.time.Instant;

public record FocusAreaRenamed(String programmeId, String focusAreaId, String name, Instant renamedAt)
        implements ProgrammeEvent {
}
