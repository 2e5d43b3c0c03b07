package se.nyskapa.command.proposal;

import se.nyskapa.proposal.ProposalStatus;

import java.util.Optional;

/**
 * The proposals that exist, their status and their version (the sequence number of their last event), for
 * programmes that place them and feedback that names them.
 */
public interface ProposalRegistry {

    Optional<RegisteredProposal> find(String proposalId);

    record RegisteredProposal(String proposalId, ProposalStatus status, long version, String mergedInto) {
    }
}
