package se.nyskapa.query.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.ListProposals;
import se.nyskapa.proposal.ProposalList;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.query.web.NotFoundException;

@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Proposals")
class ProposalQueryController {

    private final QueryGateway queries;

    ProposalQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Every proposal in one line: title, theme, status, live evidence count")
    ProposalList proposals() {
        return queries.query(new ListProposals(), ProposalList.class).join();
    }

    @GetMapping("/{proposalId}")
    @Operation(summary = "A proposal with its evidence, each kommun's stance, its assessment, testkommuner and lineage")
    ProposalView proposal(@PathVariable String proposalId) {
        return queries.query(new FindProposal(proposalId), ResponseTypes.optionalInstanceOf(ProposalView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("proposalId", "no proposal with id " + proposalId));
    }
}
