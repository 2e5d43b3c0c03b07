package se.nyskapa.proposal;

import java.time.Instant;

public record ProposalStatusChanged(String proposalId, ProposalStatus from, ProposalStatus to, String note,
                                    Instant changedAt) implements ProposalEvent {
}
