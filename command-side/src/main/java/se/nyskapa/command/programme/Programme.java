package se.nyskapa.command.programme;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.nyskapa.command.Require;
import se.nyskapa.command.proposal.ProposalRegistry;
import se.nyskapa.command.proposal.ProposalRegistry.RegisteredProposal;
import se.nyskapa.programme.AddFocusArea;
import se.nyskapa.programme.AdoptProgramme;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.PlaceProposal;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.programme.PublishDraft;
import se.nyskapa.programme.RemoveProposal;
import se.nyskapa.programme.RenameFocusArea;
import se.nyskapa.programme.StartProgramme;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.visit.Outcome;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.nyskapa.rejection.RejectedException.conflict;
import static se.nyskapa.rejection.RejectedException.invalid;
import static se.nyskapa.rejection.RejectedException.notFound;

/**
 * An innovation programme: focus areas (insatsområden) holding proposals, published as numbered drafts and finally
 * adopted as one of them. A published draft records each proposal's version, so a draft counts as changed when a
 * placed proposal was revised, not only when placements moved.
 */
@Aggregate(cache = "programmeCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Programme {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @AggregateIdentifier
    private String programmeId;
    private String name;
    private int horizonYear;
    private Map<String, String> focusAreas = new LinkedHashMap<>();
    private Map<String, String> placements = new LinkedHashMap<>();
    private int version;
    private List<PublishedFocusArea> published = List.of();
    private Integer adoptedVersion;

    Programme() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(StartProgramme command, Clock clock) {
        if (programmeId != null) {
            if (name.equals(command.name()) && Objects.equals(horizonYear, command.horizonYear())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("programmeId", "programme " + programmeId + " already exists with other details");
        }
        Require.id("programmeId", command.programmeId());
        Require.text("name", command.name(), Require.MAX_SHORT_TEXT);
        if (command.horizonYear() == null || command.horizonYear() < MIN_YEAR || command.horizonYear() > MAX_YEAR) {
            throw invalid("horizonYear", "a year from " + MIN_YEAR + " to " + MAX_YEAR);
        }
        apply(new ProgrammeStarted(command.programmeId(), command.name(), command.horizonYear(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(AddFocusArea command, Clock clock) {
        Require.id("focusAreaId", command.focusAreaId());
        Require.text("name", command.name(), Require.MAX_SHORT_TEXT);
        String existing = focusAreas.get(command.focusAreaId());
        if (existing != null) {
            if (existing.equals(command.name())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("focusAreaId", "programme " + programmeId + " already has focus area "
                    + command.focusAreaId() + ", called " + existing);
        }
        requireDraft();
        requireFocusAreaNameFree(command.name(), command.focusAreaId());
        apply(new FocusAreaAdded(programmeId, command.focusAreaId(), command.name(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RenameFocusArea command, Clock clock) {
        String current = focusAreas.get(command.focusAreaId());
        if (current == null) {
            throw notFound("focusAreaId", "programme " + programmeId + " has no focus area " + command.focusAreaId());
        }
        Require.text("name", command.name(), Require.MAX_SHORT_TEXT);
        if (current.equals(command.name())) {
            return Outcome.UNCHANGED;
        }
        requireDraft();
        requireFocusAreaNameFree(command.name(), command.focusAreaId());
        apply(new FocusAreaRenamed(programmeId, command.focusAreaId(), command.name(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(PlaceProposal command, ProposalRegistry proposals, Clock clock) {
        Require.id("proposalId", command.proposalId());
        Require.id("focusAreaId", command.focusAreaId());
        if (!focusAreas.containsKey(command.focusAreaId())) {
            throw invalid("focusAreaId", "focus area " + command.focusAreaId() + " is not one of programme "
                    + programmeId + "'s");
        }
        String current = placements.get(command.proposalId());
        if (command.focusAreaId().equals(current)) {
            return Outcome.UNCHANGED;
        }
        requireDraft();
        RegisteredProposal proposal = proposals.find(command.proposalId())
                .orElseThrow(() -> invalid("proposalId", "no proposal with id " + command.proposalId()));
        if (proposal.status() == ProposalStatus.REJECTED) {
            throw conflict("proposalId", "proposal " + command.proposalId() + " is rejected and cannot be placed");
        }
        if (proposal.status() == ProposalStatus.MERGED) {
            throw conflict("proposalId", "proposal " + command.proposalId() + " was merged into "
                    + proposal.mergedInto() + "; place that one");
        }
        apply(new ProposalPlaced(programmeId, command.proposalId(), command.focusAreaId(), current, clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RemoveProposal command, Clock clock) {
        String focusArea = placements.get(command.proposalId());
        if (focusArea == null) {
            return Outcome.UNCHANGED;
        }
        requireDraft();
        apply(new ProposalRemoved(programmeId, command.proposalId(), focusArea, clock.instant()));
        return Outcome.APPLIED;
    }

    /** Answers the number of the version published. */
    @CommandHandler
    public int handle(PublishDraft command, ProposalRegistry proposals, Clock clock) {
        Require.optionalText("note", command.note(), Require.MAX_TEXT);
        requireDraft();
        if (focusAreas.isEmpty()) {
            throw conflict("programmeId", "a draft needs at least one focus area before it is published");
        }
        List<PublishedFocusArea> draft = draft(proposals);
        if (version > 0 && draft.equals(published)) {
            throw conflict("programmeId", "the draft is unchanged since version " + version
                    + "; change it before publishing again");
        }
        apply(new DraftPublished(programmeId, version + 1, command.note() == null ? "" : command.note(), name, draft,
                                 clock.instant()));
        return version;
    }

    @CommandHandler
    public Outcome handle(AdoptProgramme command, ProposalRegistry proposals, Clock clock) {
        if (adoptedVersion != null) {
            throw conflict("programmeId", "programme " + programmeId + " was already adopted, as version "
                    + adoptedVersion);
        }
        if (version == 0) {
            throw conflict("programmeId", "publish a draft before adopting the programme");
        }
        if (!draft(proposals).equals(published)) {
            throw conflict("programmeId", "the draft has changed since version " + version
                    + "; publish it, or undo the changes, before adopting");
        }
        apply(new ProgrammeAdopted(programmeId, version, clock.instant()));
        return Outcome.APPLIED;
    }

    @EventSourcingHandler
    void on(ProgrammeStarted event) {
        programmeId = event.programmeId();
        name = event.name();
        horizonYear = event.horizonYear();
    }

    @EventSourcingHandler
    void on(FocusAreaAdded event) {
        focusAreas.put(event.focusAreaId(), event.name());
    }

    @EventSourcingHandler
    void on(FocusAreaRenamed event) {
        focusAreas.put(event.focusAreaId(), event.name());
    }

    @EventSourcingHandler
    void on(ProposalPlaced event) {
        placements.remove(event.proposalId());
        placements.put(event.proposalId(), event.focusAreaId());
    }

    @EventSourcingHandler
    void on(ProposalRemoved event) {
        placements.remove(event.proposalId());
    }

    @EventSourcingHandler
    void on(DraftPublished event) {
        version = event.version();
        published = List.copyOf(event.focusAreas());
    }

    @EventSourcingHandler
    void on(ProgrammeAdopted event) {
        adoptedVersion = event.version();
    }

    /** The draft as it stands: focus areas in the order added, proposals in the order placed, each at its version. */
    private List<PublishedFocusArea> draft(ProposalRegistry proposals) {
        return focusAreas.entrySet().stream().map(area -> new PublishedFocusArea(
                area.getKey(), area.getValue(),
                placements.entrySet().stream()
                          .filter(placement -> placement.getValue().equals(area.getKey()))
                          .map(placement -> new PublishedProposal(
                                  placement.getKey(),
                                  proposals.find(placement.getKey()).map(RegisteredProposal::version).orElse(-1L)))
                          .toList())).toList();
    }

    private void requireDraft() {
        if (adoptedVersion != null) {
            throw conflict("programmeId", "programme " + programmeId + " is adopted (version " + adoptedVersion
                    + ") and changes no more");
        }
    }

    private void requireFocusAreaNameFree(String name, String focusAreaId) {
        focusAreas.forEach((id, existing) -> {
            if (!id.equals(focusAreaId) && existing.equalsIgnoreCase(name.strip())) {
                throw conflict("name", "programme " + programmeId + " already has a focus area called " + existing);
            }
        });
    }
}
