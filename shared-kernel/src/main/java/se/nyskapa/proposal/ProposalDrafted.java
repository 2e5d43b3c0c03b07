package se.nyskapa.proposal;

import java.time.Instant;
import java.util.List;

public record ProposalDrafted(String proposalId, String title, String description, String themeId,
                              List<Evidence> evidence, Instant draftedAt) implements ProposalEvent {
}
