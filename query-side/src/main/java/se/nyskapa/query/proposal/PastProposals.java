package se.nyskapa.query.proposal;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.FindProposalAsOf;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.query.support.PastProjections;

import java.util.Optional;

/** A proposal as it stood at an instant, from the events stored up to then. */
@Component
class PastProposals {

    private final PastProjections past;
    private final PersonalData personalData;

    PastProposals(PastProjections past, PersonalData personalData) {
        this.past = past;
        this.personalData = personalData;
    }

    @QueryHandler
    Optional<ProposalView> handle(FindProposalAsOf query) {
        return past.asOf(query.asOf(), documents -> new ProposalProjection(documents, personalData)).handle(new FindProposal(query.proposalId()));
    }
}
