package se.nyskapa.query.proposal;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.ListProposals;
import se.nyskapa.proposal.ProposalList;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.proposal.Stance;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.query.web.NotFoundPage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The proposal builder's pages: every proposal, and one proposal with its evidence, assessment, testkommuner, status
 * and the kommuner's stances. They read with the queries of {@code /api/proposals}; every change is written from the
 * browser through the proposal commands.
 */
@Controller
class ProposalPageController {

    private static final NotFoundPage MISSING = new NotFoundPage(
            "analysis.missing.proposal", "analysis.missing.proposal.text", "/analysis", "analysis.missing.back");

    /** The statuses a proposal can be moved to by hand; a proposal only becomes {@code MERGED} by a merge. */
    private static final List<ProposalStatus> CHOSEN = List.of(ProposalStatus.DRAFT, ProposalStatus.UNDER_REVIEW,
                                                               ProposalStatus.INCLUDED, ProposalStatus.PARKED,
                                                               ProposalStatus.REJECTED);

    private final QueryGateway queries;
    private final Region region;

    ProposalPageController(QueryGateway queries, Region region) {
        this.queries = queries;
        this.region = region;
    }

    @GetMapping("/proposals")
    String proposals(Model model) {
        model.addAttribute("proposals", queries.query(new ListProposals(), ProposalList.class).join().proposals()
                .stream().sorted(Comparator.comparing(ProposalList.Entry::title, String.CASE_INSENSITIVE_ORDER))
                .toList());
        model.addAttribute("themeNames", themeNames());
        return "proposals";
    }

    @GetMapping("/proposals/{proposalId}")
    String proposal(@PathVariable String proposalId, Model model, HttpServletResponse response) {
        ProposalView proposal = queries.query(new FindProposal(proposalId),
                                              ResponseTypes.optionalInstanceOf(ProposalView.class))
                                       .join().orElse(null);
        if (proposal == null) {
            return MISSING.show(proposalId, model, response);
        }
        model.addAttribute("proposal", proposal);
        model.addAttribute("municipalities", region.municipalities());
        model.addAttribute("names", region.municipalityNames());
        model.addAttribute("stanceRows", region.municipalities().stream()
                                               .filter(m -> proposal.stances().containsKey(m.code())).toList());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("statuses", CHOSEN);
        model.addAttribute("grades", IntStream.rangeClosed(1, 5).boxed().toList());
        model.addAttribute("zone", region.zone());
        return "proposal";
    }

    private Map<String, String> themeNames() {
        return queries.query(new ListThemes(), ThemeList.class).join().names();
    }
}
