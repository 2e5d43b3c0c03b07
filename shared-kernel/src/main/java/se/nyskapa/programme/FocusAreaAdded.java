package se.nyskapa.programme;

import java.time.Instant;

public record FocusAreaAdded(String programmeId, String focusAreaId, String name, Instant addedAt)
        implements ProgrammeEvent {
}
