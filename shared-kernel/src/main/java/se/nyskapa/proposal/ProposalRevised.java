package se.nyskapa.proposal;

import java.time.Instant;

public record ProposalRevised(String proposalId, String title, String description, String themeId,
                              Instant revisedAt) implements ProposalEvent {
}
