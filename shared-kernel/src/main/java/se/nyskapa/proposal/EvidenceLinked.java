package se.nyskapa.proposal;

import java.time.Instant;

public record EvidenceLinked(String proposalId, Evidence evidence, Instant linkedAt) implements ProposalEvent {
}
