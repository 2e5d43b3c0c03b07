package se.nyskapa.query.programme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.programme.DraftPublished;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.DraftPublished.PublishedProposal;
import se.nyskapa.programme.FindProgrammeSummary;
import se.nyskapa.programme.FindProgrammeVersion;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ListProgrammes;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeList;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalEvent;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.query.support.Applied;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.OneSequence;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.visit.ContributionRetracted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The programme-draft summary for leadership and each published version as it stood. A summary shows its proposals'
 * titles, statuses, evidence and assessments, so proposal and visit events are handled here too, all in global
 * order by one segment: a version's frozen copy is then the same whenever the projection is rebuilt.
 */
@Component
@ProcessingGroup(ProgrammeProjection.PROCESSING_GROUP)
class ProgrammeProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "programmes";

    private final DocumentStore documents;
    private final Region region;

    ProgrammeProjection(DocumentStore documents, Region region) {
        super(documents, PROCESSING_GROUP, ProgrammeVersion.class, ProgrammeDocument.class, ProgrammeCatalogue.class,
              PlacedProposal.class, CitedContributions.class);
        batch.beforeEachFlush(this::copyBriefsAndCatalogue);
        this.documents = documents;
        this.region = region;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return new OneSequence(PROCESSING_GROUP);
    }

    @EventHandler
    void on(ProgrammeStarted event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), sequence, programme -> {
            programme.name = event.name();
            programme.horizonYear = event.horizonYear();
        });
    }

    @EventHandler
    void on(FocusAreaAdded event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), sequence, programme -> programme.focusAreas
                .computeIfAbsent(event.focusAreaId(), id -> new ProgrammeDocument.FocusArea()).name = event.name());
    }

    @EventHandler
    void on(FocusAreaRenamed event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), sequence, programme -> Optional
                .ofNullable(programme.focusAreas.get(event.focusAreaId())).ifPresent(area -> area.name = event.name()));
    }

    @EventHandler
    void on(ProposalPlaced event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), sequence, programme -> {
            programme.focusAreas.values().forEach(area -> area.proposals.remove(event.proposalId()));
            programme.focusAreas.get(event.focusAreaId()).proposals.add(event.proposalId());
        });
        updatePlaced(event.proposalId(), event.programmeId(), sequence,
                     placed -> placed.placedIn.add(event.programmeId()));
    }

    @EventHandler
    void on(ProposalRemoved event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), sequence, programme -> {
            programme.focusAreas.values().forEach(area -> area.proposals.remove(event.proposalId()));
            programme.briefs.remove(event.proposalId());
        });
        updatePlaced(event.proposalId(), event.programmeId(), sequence,
                     placed -> placed.placedIn.remove(event.programmeId()));
    }

    /**
     * Freezes the draft as published: the event's placements, with the briefs as they stand at this event. Versions
     * are written first in a batch and never again, so a batch delivered twice cannot freeze later briefs.
     */
    @EventHandler
    void on(DraftPublished event, @SequenceNumber long sequence) {
        ProgrammeDocument programme = programme(event.programmeId());
        String id = ProgrammeVersion.id(event.programmeId(), event.version());
        if (batch.find(ProgrammeVersion.class, id).isEmpty()) {
            freeze(event, id, programme);
        }
        updateProgramme(event.programmeId(), sequence, changed -> {
            ProgrammeDocument.Version entry = new ProgrammeDocument.Version();
            entry.version = event.version();
            entry.note = event.note();
            entry.publishedAt = event.publishedAt();
            changed.versions.add(entry);
            changed.published = new ArrayList<>(event.focusAreas());
        });
    }

    private void freeze(DraftPublished event, String id, ProgrammeDocument programme) {
        ProgrammeVersion version = new ProgrammeVersion();
        version.id = id;
        version.programmeId = event.programmeId();
        version.name = event.name();
        version.horizonYear = programme.horizonYear;
        version.version = event.version();
        version.note = event.note();
        version.publishedAt = event.publishedAt();
        for (PublishedFocusArea published : event.focusAreas()) {
            ProgrammeVersion.FocusArea area = new ProgrammeVersion.FocusArea();
            area.focusAreaId = published.focusAreaId();
            area.name = published.name();
            published.proposals().forEach(placed -> {
                area.proposals.add(placed.proposalId());
                area.briefs.add(proposal(placed.proposalId()).brief.copy());
            });
            version.focusAreas.add(area);
        }
        batch.save(version);
    }

    @EventHandler
    void on(ProgrammeAdopted event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), sequence, programme -> {
            programme.status = ProgrammeStatus.ADOPTED;
            programme.adoptedVersion = event.version();
        });
    }

    @EventHandler
    void on(ProposalDrafted event, @SequenceNumber long sequence) {
        created(event.proposalId(), event.title(), event.evidence(), sequence);
    }

    @EventHandler
    void on(ProposalSplitOff event, @SequenceNumber long sequence) {
        created(event.proposalId(), event.title(), event.evidence(), sequence);
    }

    @EventHandler
    void on(ProposalRevised event, @SequenceNumber long sequence) {
        updatePlaced(event.proposalId(), event.proposalId(), sequence, placed -> placed.brief.title = event.title());
    }

    @EventHandler
    void on(ProposalStatusChanged event, @SequenceNumber long sequence) {
        updatePlaced(event.proposalId(), event.proposalId(), sequence, placed -> placed.brief.status = event.to());
    }

    @EventHandler
    void on(ProposalMerged event, @SequenceNumber long sequence) {
        updatePlaced(event.proposalId(), event.proposalId(), sequence,
                     placed -> placed.brief.status = ProposalStatus.MERGED);
    }

    @EventHandler
    void on(ProposalAssessed event, @SequenceNumber long sequence) {
        updatePlaced(event.proposalId(), event.proposalId(), sequence, placed -> {
            placed.brief.impact = event.assessment().impact();
            placed.brief.feasibility = event.assessment().feasibility();
        });
    }

    @EventHandler
    void on(EvidenceLinked event, @SequenceNumber long sequence) {
        cite(event.proposalId(), List.of(event.evidence()), sequence);
    }

    @EventHandler
    void on(ProposalAbsorbed event, @SequenceNumber long sequence) {
        cite(event.proposalId(), event.evidence(), sequence);
    }

    @EventHandler
    void on(EvidenceUnlinked event, @SequenceNumber long sequence) {
        uncite(event.proposalId(), List.of(event.contributionId()), sequence);
    }

    @EventHandler
    void on(ProposalSplit event, @SequenceNumber long sequence) {
        uncite(event.proposalId(), event.movedEvidence(), sequence);
    }

    /** Any other change to a proposal still makes it a new version, which a published draft compares against. */
    @EventHandler
    void on(ProposalEvent event, @SequenceNumber long sequence) {
        updatePlaced(event.proposalId(), event.proposalId(), sequence, placed -> {
        });
    }

    /** A retracted contribution counts no more, also when a split or merge later carries it to another proposal. */
    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        CitedContributions citations = citations(event.visitId());
        Set<String> citing = citations.citedBy.getOrDefault(event.contributionId(), new TreeSet<>());
        citing.forEach(proposalId -> updatePlaced(proposalId, event.visitId(), sequence,
                                                  placed -> placed.evidence.remove(event.contributionId())));
        updateCitations(event.visitId(), List.of(event.contributionId()), event.visitId(), sequence,
                        (visit, contributionId) -> visit.retracted.add(contributionId));
    }

    @QueryHandler
    Optional<ProgrammeSummaryView> handle(FindProgrammeSummary query) {
        return documents.read(query.programmeId(), ProgrammeDocument.class).map(this::summary);
    }

    @QueryHandler
    Optional<ProgrammeSummaryView> handle(FindProgrammeVersion query) {
        String versionId = ProgrammeVersion.id(query.programmeId(), query.version());
        return documents.read(query.programmeId(), ProgrammeDocument.class)
                        .flatMap(programme -> documents.read(versionId, ProgrammeVersion.class)
                                                       .map(version -> versionView(programme, version)));
    }

    @QueryHandler
    ProgrammeList handle(ListProgrammes query) {
        ProgrammeCatalogue catalogue = documents.read(ProgrammeCatalogue.ID, ProgrammeCatalogue.class)
                                                .orElseGet(ProgrammeCatalogue::new);
        return new ProgrammeList(catalogue.programmes.entrySet().stream()
                                         .map(e -> new ProgrammeList.Entry(e.getKey(), e.getValue().name,
                                                                           e.getValue().horizonYear,
                                                                           e.getValue().status,
                                                                           e.getValue().publishedVersions))
                                         .toList());
    }

    private ProgrammeSummaryView summary(ProgrammeDocument programme) {
        List<ProgrammeSummaryView.FocusArea> areas = programme.focusAreas.entrySet().stream()
                .map(area -> focusArea(area.getKey(), area.getValue().name, area.getValue().proposals,
                                       area.getValue().proposals.stream().map(programme.briefs::get).toList()))
                .toList();
        ProgrammeDocument.Version last = programme.versions.isEmpty() ? null
                : programme.versions.get(programme.versions.size() - 1);
        return view(programme, last == null ? 0 : last.version, null, null,
                    last != null && !draft(programme).equals(programme.published), areas);
    }

    private ProgrammeSummaryView versionView(ProgrammeDocument programme, ProgrammeVersion version) {
        List<ProgrammeSummaryView.FocusArea> areas = version.focusAreas.stream()
                .map(area -> focusArea(area.focusAreaId, area.name, area.proposals, area.briefs))
                .toList();
        return view(programme, version.version, version.note, version.publishedAt, false, areas);
    }

    private ProgrammeSummaryView view(ProgrammeDocument programme, int version, String note, Instant publishedAt,
                                      boolean changed,
                                      List<ProgrammeSummaryView.FocusArea> areas) {
        Set<String> covered = new TreeSet<>();
        areas.forEach(area -> area.proposals().forEach(p -> covered.addAll(p.municipalities())));
        List<ProgrammeSummaryView.Municipality> heard = new ArrayList<>();
        List<ProgrammeSummaryView.Municipality> notHeard = new ArrayList<>();
        for (Municipality municipality : region.municipalities()) {
            (covered.contains(municipality.code()) ? heard : notHeard)
                    .add(new ProgrammeSummaryView.Municipality(municipality.code(), municipality.name()));
        }
        return new ProgrammeSummaryView(
                programme.id, programme.name, programme.horizonYear, programme.status, version, note, publishedAt,
                programme.adoptedVersion, changed, areas, heard, notHeard,
                programme.versions.stream()
                                  .map(v -> new ProgrammeSummaryView.Version(v.version, v.note, v.publishedAt))
                                  .toList());
    }

    private static ProgrammeSummaryView.FocusArea focusArea(String id, String name, List<String> proposalIds,
                                                            List<ProposalBrief> briefs) {
        List<ProgrammeSummaryView.Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < proposalIds.size(); i++) {
            ProposalBrief brief = briefs.get(i) == null ? new ProposalBrief() : briefs.get(i);
            proposals.add(new ProgrammeSummaryView.Proposal(proposalIds.get(i), brief.title, brief.status,
                                                            brief.evidenceCount, brief.municipalities, brief.impact,
                                                            brief.feasibility));
        }
        return new ProgrammeSummaryView.FocusArea(id, name, proposals);
    }

    /** The live draft in the shape its published versions have, proposal versions included. */
    private static List<PublishedFocusArea> draft(ProgrammeDocument programme) {
        return programme.focusAreas.entrySet().stream()
                .map(area -> new PublishedFocusArea(area.getKey(), area.getValue().name, area.getValue().proposals
                        .stream()
                        .map(id -> new PublishedProposal(id, Optional.ofNullable(programme.briefs.get(id))
                                                                     .map(brief -> brief.version).orElse(-1L)))
                        .toList()))
                .toList();
    }

    private void created(String proposalId, String title, List<Evidence> evidence, long sequence) {
        updatePlaced(proposalId, proposalId, sequence, placed -> {
            placed.brief.title = title;
            placed.brief.status = ProposalStatus.DRAFT;
        });
        cite(proposalId, evidence, sequence);
    }

    private void cite(String proposalId, List<Evidence> evidence, long sequence) {
        List<Evidence> live = evidence.stream()
                .filter(cited -> !citations(cited.visitId()).retracted.contains(cited.contributionId()))
                .toList();
        updatePlaced(proposalId, proposalId + "/evidence", sequence, placed -> live.forEach(
                cited -> placed.evidence.put(cited.contributionId(), cited.municipalityCode())));
        live.stream().collect(Collectors.groupingBy(Evidence::visitId, LinkedHashMap::new,
                                                    Collectors.mapping(Evidence::contributionId, Collectors.toList())))
            .forEach((visitId, contributionIds) -> updateCitations(
                    visitId, contributionIds, proposalId, sequence, (citations, contributionId) -> citations.citedBy
                            .computeIfAbsent(contributionId, id -> new TreeSet<>()).add(proposalId)));
    }

    private void uncite(String proposalId, List<String> contributionIds, long sequence) {
        updatePlaced(proposalId, proposalId + "/evidence", sequence,
                     placed -> contributionIds.forEach(placed.evidence::remove));
    }

    /**
     * Changes the proposal once per source event and brings its brief up to date (its version is the sequence number
     * of its last event).
     */
    private void updatePlaced(String proposalId, String source, long sequence, Consumer<PlacedProposal> change) {
        PlacedProposal placed = proposal(proposalId);
        if (Applied.firstTime(placed.applied, source, sequence)) {
            change.accept(placed);
            if (source.equals(proposalId) || source.equals(proposalId + "/evidence")) {
                placed.brief.version = Math.max(placed.brief.version, sequence);
            }
            placed.brief.evidenceCount = placed.evidence.size();
            placed.brief.municipalities = new ArrayList<>(new TreeSet<>(placed.evidence.values()));
            batch.save(placed);
        }
    }

    private void updateProgramme(String programmeId, long sequence, Consumer<ProgrammeDocument> change) {
        ProgrammeDocument programme = programme(programmeId);
        if (Applied.firstTime(programme.applied, programmeId, sequence)) {
            change.accept(programme);
            batch.save(programme);
        }
    }

    /**
     * Once per batch, the copies: the brief of every proposal the batch touched into each programme placing it,
     * then every programme's line in the catalogue.
     */
    private void copyBriefsAndCatalogue() {
        batch.loaded(PlacedProposal.class).forEach(placed -> placed.placedIn.forEach(programmeId -> {
            ProgrammeDocument programme = programme(programmeId);
            programme.briefs.put(placed.id, placed.brief.copy());
            batch.save(programme);
        }));
        List<ProgrammeDocument> programmes = batch.loaded(ProgrammeDocument.class);
        if (programmes.isEmpty()) {
            return;
        }
        ProgrammeCatalogue catalogue = catalogue();
        programmes.forEach(programme -> {
            ProgrammeCatalogue.Entry entry = new ProgrammeCatalogue.Entry();
            entry.name = programme.name;
            entry.horizonYear = programme.horizonYear;
            entry.status = programme.status;
            entry.publishedVersions = programme.versions.size();
            catalogue.programmes.put(programme.id, entry);
        });
        batch.save(catalogue);
    }

    /** Changes the visit's citations once for this event, for every contribution of the visit it names. */
    private void updateCitations(String visitId, List<String> contributionIds, String source, long sequence,
                                 BiConsumer<CitedContributions, String> change) {
        CitedContributions citations = citations(visitId);
        if (Applied.firstTime(citations.applied, source, sequence)) {
            contributionIds.forEach(contributionId -> change.accept(citations, contributionId));
            batch.save(citations);
        }
    }

    private ProgrammeDocument programme(String programmeId) {
        return batch.find(ProgrammeDocument.class, programmeId).orElseGet(() -> new ProgrammeDocument(programmeId));
    }

    private PlacedProposal proposal(String proposalId) {
        return batch.find(PlacedProposal.class, proposalId).orElseGet(() -> new PlacedProposal(proposalId));
    }

    private CitedContributions citations(String visitId) {
        return batch.find(CitedContributions.class, visitId).orElseGet(() -> new CitedContributions(visitId));
    }

    private ProgrammeCatalogue catalogue() {
        return batch.find(ProgrammeCatalogue.class, ProgrammeCatalogue.ID).orElseGet(ProgrammeCatalogue::new);
    }
}
