package se.nyskapa.query.proposal;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.FindProposalAsOf;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.query.support.PastProjections;

import java.util.Optional;

/** A proposal as it stood at an instant, from the events stored up to then. */
@Component
class PastProposals {

    private final PastProjections past;

    PastProposals(PastProjections past) {
        this.past = past;
    }

    @QueryHandler
    Optional<ProposalView> handle(FindProposalAsOf query) {
        return past.asOf(query.asOf(), ProposalProjection::new).handle(new FindProposal(query.proposalId()));
    }
}
