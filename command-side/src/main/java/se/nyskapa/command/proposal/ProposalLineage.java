package se.nyskapa.command.proposal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import se.nyskapa.command.Require;
import se.nyskapa.command.theme.ThemeCatalogue;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.SplitProposal;
import se.nyskapa.visit.Outcome;

import java.time.Clock;
import java.util.List;

import static se.nyskapa.rejection.RejectedException.conflict;
import static se.nyskapa.rejection.RejectedException.invalid;

/**
 * Merging and splitting change two proposals at once. Both are loaded in one unit of work, each checks its own rules
 * before either changes, and their events are stored in one transaction: evidence is never in neither proposal.
 */
@Component
class ProposalLineage {

    private final Repository<Proposal> proposals;

    ProposalLineage(Repository<Proposal> proposals) {
        this.proposals = proposals;
    }

    @CommandHandler
    Outcome handle(MergeProposals command, Clock clock) {
        Require.id("mergedProposalId", command.mergedProposalId());
        if (command.mergedProposalId().equals(command.proposalId())) {
            throw invalid("mergedProposalId", "a proposal cannot be merged into itself");
        }
        Aggregate<Proposal> target = proposals.load(command.proposalId());
        Aggregate<Proposal> merged = existing(command.mergedProposalId(), "mergedProposalId");
        if (merged.invoke(p -> p.wasMergedInto(command.proposalId()))) {
            return Outcome.UNCHANGED;
        }
        target.execute(p -> p.requireMergeable("proposalId"));
        merged.execute(p -> p.requireMergeable("mergedProposalId"));
        List<Evidence> evidence = merged.invoke(Proposal::evidence);
        merged.execute(p -> p.mergeInto(command.proposalId(), clock));
        target.execute(p -> p.absorb(command.mergedProposalId(), evidence, clock));
        return Outcome.APPLIED;
    }

    @CommandHandler
    Outcome handle(SplitProposal command, ThemeCatalogue themes, ProposalRegistry registry, Clock clock)
            throws Exception {
        Require.id("newProposalId", command.newProposalId());
        if (command.newProposalId().equals(command.proposalId())) {
            throw invalid("newProposalId", "the new proposal needs an id of its own");
        }
        Aggregate<Proposal> source = proposals.load(command.proposalId());
        Proposal.requireContent(command.title(), command.description());
        String themeId = Proposal.activeTheme(themes, command.themeId());
        if (registry.find(command.newProposalId()).isPresent()) {
            Aggregate<Proposal> existing = proposals.load(command.newProposalId());
            if (existing.invoke(p -> p.wasSplitOffAs(command.proposalId(), command.title(), command.description(),
                                                     themeId, command.evidence()))) {
                return Outcome.UNCHANGED;
            }
            throw conflict("newProposalId", "proposal " + command.newProposalId() + " already exists");
        }
        List<Evidence> moved = source.invoke(p -> p.evidenceToSplit(command.evidence()));
        source.execute(p -> p.split(command.newProposalId(), moved, clock));
        proposals.newInstance(() -> new Proposal(new ProposalSplitOff(
                command.newProposalId(), command.proposalId(), command.title(),
                Proposal.blankIfNull(command.description()), themeId, moved, clock.instant())));
        return Outcome.APPLIED;
    }

    private Aggregate<Proposal> existing(String proposalId, String field) {
        try {
            return proposals.load(proposalId);
        } catch (AggregateNotFoundException e) {
            throw invalid(field, "no proposal with id " + proposalId);
        }
    }
}
