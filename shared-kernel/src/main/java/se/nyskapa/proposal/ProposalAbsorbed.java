package se.nyskapa.proposal;

import java.time.Instant;
import java.util.List;

/** This proposal took in {@code absorbedProposalId}; {@code evidence} is what it did not already cite. */
public record ProposalAbsorbed(String proposalId, String absorbedProposalId, List<Evidence> evidence,
                               Instant absorbedAt) implements ProposalEvent {
}
