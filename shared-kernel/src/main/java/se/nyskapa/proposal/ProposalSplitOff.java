package se.nyskapa.proposal;

import java.time.Instant;
import java.util.List;

/** A proposal born from part of {@code fromProposalId}: the first event of a proposal made by a split. */
public record ProposalSplitOff(String proposalId, String fromProposalId, String title, String description,
                               String themeId, List<Evidence> evidence, Instant splitAt) implements ProposalEvent {
}
