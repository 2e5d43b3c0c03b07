package se.nyskapa.proposal;

import java.time.Instant;

public record EvidenceUnlinked(String proposalId, String contributionId, Instant unlinkedAt) implements ProposalEvent {
}
