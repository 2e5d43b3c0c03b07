package se.nyskapa.query.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.FindProposalAsOf;
import se.nyskapa.proposal.ListProposals;
import se.nyskapa.proposal.ProposalList;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.query.web.NotFoundException;

import java.time.Instant;

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
    @Operation(summary = "A proposal with its evidence, each kommun's stance, its assessment, testkommuner and "
            + "lineage; with asOf, as it stood at that instant, computed from the events")
    ProposalView proposal(@PathVariable String proposalId,
                          @Parameter(description = "an instant, e.g. 2015-11-20T12:00:00Z")
                          @RequestParam(required = false) Instant asOf) {
        Object query = asOf == null ? new FindProposal(proposalId) : new FindProposalAsOf(proposalId, asOf);
        return queries.query(query, ResponseTypes.optionalInstanceOf(ProposalView.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("proposalId", asOf == null
                              ? "no proposal with id " + proposalId
                              : "there was no proposal with id " + proposalId + " at " + asOf));
    }
}
