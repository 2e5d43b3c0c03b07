package se.nyskapa.programme;

import java.time.Instant;

/** @param previousFocusAreaId where the proposal was placed before, when this is a move; otherwise {@code null} */
public record ProposalPlaced(String programmeId, String proposalId, String focusAreaId, String previousFocusAreaId,
                             Instant placedAt) implements ProgrammeEvent {
}
