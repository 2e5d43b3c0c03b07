package se.nyskapa.command.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import se.nyskapa.command.demo.DemoData.DemoContribution;
import se.nyskapa.command.demo.DemoData.DemoProgramme;
import se.nyskapa.command.demo.DemoData.DemoProposal;
import se.nyskapa.command.demo.DemoData.DemoVersion;
import se.nyskapa.command.demo.DemoData.DemoVisit;
import se.nyskapa.command.demo.DemoData.FocusArea;
import se.nyskapa.command.demo.DemoData.Placement;
import se.nyskapa.command.demo.DemoData.StatusChange;
import se.nyskapa.history.UserMetadata;
import se.nyskapa.programme.AddFocusArea;
import se.nyskapa.programme.PlaceProposal;
import se.nyskapa.programme.PublishDraft;
import se.nyskapa.programme.RemoveProposal;
import se.nyskapa.programme.StartProgramme;
import se.nyskapa.proposal.AssessProposal;
import se.nyskapa.proposal.ChangeProposalStatus;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.proposal.NamePilotMunicipalities;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.RecordAttendance;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.RetractContribution;
import se.nyskapa.visit.ScheduleVisit;
import se.nyskapa.visit.TagContribution;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Sends the demo data as commands, in an order the domain's rules accept: what was heard before the proposals drawn
 * from it, the proposals before the feedback on them, amendments and retractions while the visits are open, tags
 * after they are concluded, then the programme version by version. Visits are separate aggregates, so their commands
 * go out side by side: one by one, the load took two to three times as long on a busy machine. Each command must
 * change something: a refusal, or a command that changes nothing (the data repeating itself), stops the load with an
 * exception.
 */
class DemoScript {

    /** A few visits at a time: each command holds one of the event store's pooled connections while it runs. */
    private static final int PARALLEL_VISITS = 4;

    private final CommandGateway commands;
    private final AtomicInteger sent = new AtomicInteger();

    DemoScript(CommandGateway commands) {
        this.commands = commands;
    }

    /** Answers the number of commands sent. */
    int run(DemoData data) {
        change(data.tour());
        eachVisit(data, visit -> {
            change(new ScheduleVisit(visit.visitId(), visit.municipalityCode(), visit.date(), visit.venue(),
                                     visit.hosts(), data.tour().tourId()));
            change(new RecordAttendance(visit.visitId(), visit.attendance()));
            record(visit, contribution -> contribution.kind() != ContributionKind.FEEDBACK);
        });
        data.proposals().forEach(this::draft);
        data.merges().forEach(this::change);
        eachVisit(data, visit -> {
            record(visit, contribution -> contribution.kind() == ContributionKind.FEEDBACK);
            for (DemoContribution contribution : visit.contributions()) {
                if (contribution.amendment() != null) {
                    change(new AmendContribution(visit.visitId(), contribution.contributionId(),
                                                 contribution.amendment()));
                }
                if (contribution.retraction() != null) {
                    change(new RetractContribution(visit.visitId(), contribution.contributionId(),
                                                   contribution.retraction()));
                }
            }
            change(new ConcludeVisit(visit.visitId(), visit.summary()));
            visit.contributions().stream().filter(contribution -> !contribution.themeIds().isEmpty()).forEach(
                    contribution -> change(new TagContribution(visit.visitId(), contribution.contributionId(),
                                                               contribution.themeIds())));
        });
        programme(data.programme());
        return sent.get();
    }

    /** Each visit's commands in order, visits side by side; the first refusal is rethrown once every visit stopped. */
    private void eachVisit(DemoData data, Consumer<DemoVisit> work) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_VISITS);
        try {
            CompletableFuture.allOf(data.visits().stream()
                                        .map(visit -> CompletableFuture.runAsync(() -> work.accept(visit), pool))
                                        .toArray(CompletableFuture[]::new))
                             .join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            pool.shutdown();
        }
    }

    private void record(DemoVisit visit, Predicate<DemoContribution> which) {
        visit.contributions().stream().filter(which).forEach(contribution -> change(new RecordContribution(
                visit.visitId(), contribution.contributionId(), contribution.kind(), contribution.text(),
                contribution.sector(), contribution.feedback())));
    }

    private void draft(DemoProposal proposal) {
        change(new DraftProposal(proposal.proposalId(), proposal.title(), proposal.description(), proposal.themeId(),
                                 proposal.evidence()));
        if (proposal.assessment() != null) {
            change(new AssessProposal(proposal.proposalId(), proposal.assessment().impact(),
                                      proposal.assessment().feasibility(), proposal.assessment().rationale(),
                                      proposal.assessment().assessedBy()));
        }
        if (!proposal.pilotMunicipalities().isEmpty()) {
            change(new NamePilotMunicipalities(proposal.proposalId(), proposal.pilotMunicipalities()));
        }
        for (StatusChange step : proposal.statusChanges()) {
            change(new ChangeProposalStatus(proposal.proposalId(), step.status(), step.note()));
        }
    }

    private void programme(DemoProgramme programme) {
        String id = programme.programmeId();
        change(new StartProgramme(id, programme.name(), programme.horizonYear()));
        for (FocusArea area : programme.focusAreas()) {
            change(new AddFocusArea(id, area.focusAreaId(), area.name()));
        }
        for (DemoVersion version : programme.versions()) {
            version.revisions().forEach(this::change);
            version.statusChanges().forEach(this::change);
            for (Placement placement : version.placements()) {
                change(new PlaceProposal(id, placement.proposalId(), placement.focusAreaId()));
            }
            for (String proposalId : version.removals()) {
                change(new RemoveProposal(id, proposalId));
            }
            send(new PublishDraft(id, version.note()));
        }
    }

    private void change(Object command) {
        Object outcome = send(command);
        if (outcome != Outcome.APPLIED) {
            throw new IllegalStateException("The demo data could not be loaded: " + command + " changed nothing ("
                                                    + outcome + "); the demo data repeats itself");
        }
    }

    /** The platform loads the demo by itself: its events name the system, not a person. */
    private static final MetaData DEMO_USER = MetaData.with(UserMetadata.KEY, UserMetadata.SYSTEM);

    private Object send(Object command) {
        sent.incrementAndGet();
        try {
            return commands.sendAndWait(command, DEMO_USER);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The demo data could not be loaded: " + command + " was refused: "
                                                    + e.getMessage(), e);
        }
    }
}
