package se.nyskapa.proposal;

import java.time.Instant;

public record ProposalAssessed(String proposalId, Assessment assessment, Instant assessedAt) implements ProposalEvent {
}
