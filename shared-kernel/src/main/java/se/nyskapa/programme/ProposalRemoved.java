package se.nyskapa.programme;

import java.time.Instant;

public record ProposalRemoved(String programmeId, String proposalId, String focusAreaId, Instant removedAt)
        implements ProgrammeEvent {
}
