package se.nyskapa.query.feedback;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.feedback.FindMunicipalityFeedback;
import se.nyskapa.feedback.MunicipalityFeedbackView;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.programme.FocusAreaAdded;
import se.nyskapa.programme.FocusAreaRenamed;
import se.nyskapa.programme.ProgrammeAdopted;
import se.nyskapa.programme.ProgrammeStarted;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.query.support.Applied;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.OneSequence;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitScheduled;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Återkoppling per kommun: what was heard in a kommun and where each contribution went. It combines the events of
 * visits, proposals and programmes, so all of them are handled in global order by one segment, and no two segments
 * ever write the same document.
 * <p>
 * Each document takes its own data from its source aggregate once ({@link Applied}, per source). The briefs a
 * {@link FeedbackMunicipality} holds, and the placements a {@link FeedbackProposal} holds, are copies: whenever a
 * proposal or programme document is touched, the briefs of the proposals concerned are built anew from the current
 * documents and replace the old ones whole, so a batch delivered again leaves them as they were and one flushed only
 * in part is healed. Documents that route events (programmes to their proposals, proposals to their kommuner) are
 * written after the kommun documents, proposals last.
 */
@Component
@ProcessingGroup(FeedbackProjection.PROCESSING_GROUP)
public class FeedbackProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "feedback";

    private static final Comparator<Supported> MOST_CITED_FIRST =
            Comparator.comparingInt((Supported s) -> s.liveCited().size()).reversed()
                      .thenComparing(s -> s.brief().proposalId);

    private final DocumentStore documents;
    private final Region region;
    private final PersonalData personalData;

    FeedbackProjection(DocumentStore documents, Region region, PersonalData personalData) {
        super(documents, PROCESSING_GROUP, FeedbackContribution.class, FeedbackMunicipality.class,
              FeedbackProgramme.class, FeedbackProposal.class);
        batch.keyedByContribution(FeedbackContribution.class)
             .readAhead(FeedbackMunicipality.class, VisitEvent.class, VisitEvent::municipalityCode);
        this.documents = documents;
        this.region = region;
        this.personalData = personalData;
    }

    /** 2: each contribution in a document of its own; a kommun lists their ids. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return new OneSequence(PROCESSING_GROUP);
    }

    // --- visits: the kommun's own data

    @EventHandler
    void on(VisitScheduled event, @SequenceNumber long sequence) {
        updateMunicipality(event, sequence, kommun -> {
            kommun.visits.removeIf(visit -> visit.visitId.equals(event.visitId()));
            FeedbackMunicipality.VisitDate visit = new FeedbackMunicipality.VisitDate();
            visit.visitId = event.visitId();
            visit.date = event.date();
            kommun.visits.add(visit);
        });
    }

    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        updateContribution(event.contributionId(), sequence, contribution -> {
            contribution.visitId = event.visitId();
            contribution.kind = event.kind();
            contribution.sector = event.sector();
            contribution.text = event.text();
            contribution.personalText = event.personalText();
            contribution.recordedAt = event.recordedAt();
        });
        updateMunicipality(event, sequence, kommun -> {
            if (!kommun.heard.contains(event.contributionId())) {
                kommun.heard.add(event.contributionId());
            }
        });
    }

    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        updateContribution(event.contributionId(), sequence, contribution -> {
            contribution.text = event.text();
            contribution.personalText = event.personalText();
        });
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        updateMunicipality(event, sequence, kommun -> kommun.heard.remove(event.contributionId()));
    }

    // --- proposals: their own data, then their briefs in every kommun they cite or cited until now

    @EventHandler
    void on(ProposalDrafted event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> created(proposal, event.title(), event.evidence()));
    }

    @EventHandler
    void on(ProposalSplitOff event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> created(proposal, event.title(), event.evidence()));
    }

    @EventHandler
    void on(ProposalRevised event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> proposal.title = event.title());
    }

    @EventHandler
    void on(EvidenceLinked event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> cite(proposal, List.of(event.evidence())));
    }

    @EventHandler
    void on(EvidenceUnlinked event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> proposal.evidence
                .removeIf(cited -> cited.contributionId.equals(event.contributionId())));
    }

    @EventHandler
    void on(ProposalStatusChanged event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> proposal.status = event.to());
    }

    @EventHandler
    void on(ProposalMerged event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> proposal.status = ProposalStatus.MERGED);
    }

    @EventHandler
    void on(ProposalAbsorbed event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), sequence, proposal -> cite(proposal, event.evidence()));
    }

    @EventHandler
    void on(ProposalSplit event, @SequenceNumber long sequence) {
        Set<String> moved = new HashSet<>(event.movedEvidence());
        updateProposal(event.proposalId(), sequence,
                       proposal -> proposal.evidence.removeIf(cited -> moved.contains(cited.contributionId)));
    }

    // --- programmes: their own data, then the placements and briefs of the proposals placed in them

    @EventHandler
    void on(ProgrammeStarted event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), null, sequence, programme -> programme.name = event.name());
    }

    @EventHandler
    void on(FocusAreaAdded event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), null, sequence, programme -> {
            programme.focusAreas.removeIf(area -> area.focusAreaId.equals(event.focusAreaId()));
            FeedbackProgramme.FocusArea area = new FeedbackProgramme.FocusArea();
            area.focusAreaId = event.focusAreaId();
            area.name = event.name();
            programme.focusAreas.add(area);
        });
    }

    @EventHandler
    void on(FocusAreaRenamed event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), null, sequence, programme -> programme
                .focusArea(event.focusAreaId()).ifPresent(area -> area.name = event.name()));
    }

    @EventHandler
    void on(ProposalPlaced event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), event.proposalId(), sequence, programme -> {
            programme.placements.removeIf(placement -> placement.proposalId.equals(event.proposalId()));
            FeedbackProgramme.Placement placement = new FeedbackProgramme.Placement();
            placement.proposalId = event.proposalId();
            placement.focusAreaId = event.focusAreaId();
            programme.placements.add(placement);
        });
    }

    @EventHandler
    void on(ProposalRemoved event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), event.proposalId(), sequence, programme -> programme.placements
                .removeIf(placement -> placement.proposalId.equals(event.proposalId())));
    }

    @EventHandler
    void on(ProgrammeAdopted event, @SequenceNumber long sequence) {
        updateProgramme(event.programmeId(), null, sequence, programme -> programme.status = ProgrammeStatus.ADOPTED);
    }

    // --- reads, each one document by id

    @QueryHandler
    Optional<MunicipalityFeedbackView> handle(FindMunicipalityFeedback query) {
        return region.municipality(query.municipalityCode())
                     .map(municipality -> view(municipality, stored(municipality.code())));
    }

    /**
     * The proposals citing live contributions heard in the kommun, most cited first, merged ones left out; empty for
     * a kommun nothing has been heard in (or that is not the region's). One read by id.
     */
    public List<MunicipalityView.SupportedProposal> proposalsSupportedBy(String municipalityCode) {
        if (municipalityCode == null) {
            return List.of();
        }
        return supported(stored(municipalityCode)).stream()
                .filter(s -> s.brief().status != ProposalStatus.MERGED)
                .map(s -> new MunicipalityView.SupportedProposal(s.brief().proposalId, s.brief().title,
                                                                 s.brief().status, s.liveCited().size()))
                .toList();
    }

    private FeedbackMunicipality stored(String code) {
        return documents.read(code, FeedbackMunicipality.class)
                        .orElseGet(() -> new FeedbackMunicipality(code));
    }

    private MunicipalityFeedbackView view(Municipality municipality, FeedbackMunicipality kommun) {
        List<Supported> supported = supported(kommun);
        Map<String, List<String>> proposalsOf = new HashMap<>();
        supported.forEach(s -> s.liveCited().forEach(
                contributionId -> proposalsOf.computeIfAbsent(contributionId, id -> new ArrayList<>())
                                             .add(s.brief().proposalId)));
        Map<String, LocalDate> visitDates = new HashMap<>();
        kommun.visits.forEach(visit -> visitDates.put(visit.visitId, visit.date));

        List<FeedbackContribution> newestFirst = new ArrayList<>(
                documents.findAllInOrder(kommun.heard, FeedbackContribution.class));
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing((FeedbackContribution c) -> c.recordedAt,
                                              Comparator.nullsLast(Comparator.reverseOrder())));
        List<MunicipalityFeedbackView.Heard> heard = newestFirst.stream().map(c -> new MunicipalityFeedbackView.Heard(
                c.id, c.visitId, visitDates.get(c.visitId), c.kind, c.sector,
                personalData.shown(c.id, c.text, c.personalText), c.recordedAt,
                proposalsOf.getOrDefault(c.id, List.of()))).toList();

        Map<ContributionKind, Long> byKind = new TreeMap<>();
        newestFirst.forEach(c -> byKind.merge(c.kind, 1L, Long::sum));
        long inProposals = kommun.heard.stream().filter(proposalsOf::containsKey).count();

        List<MunicipalityFeedbackView.ProposalEntry> proposals = supported.stream().map(s -> {
            FeedbackMunicipality.Brief brief = s.brief();
            return new MunicipalityFeedbackView.ProposalEntry(
                    brief.proposalId, brief.title, brief.status, s.liveCited().size(),
                    brief.placements.stream()
                                    .map(p -> new MunicipalityFeedbackView.Placement(
                                            p.programmeId, p.programmeName, p.programmeStatus, p.focusAreaId,
                                            p.focusAreaName))
                                    .toList());
        }).toList();

        return new MunicipalityFeedbackView(municipality.code(), municipality.name(), kommun.heard.size(),
                                            inProposals, byKind, heard, proposals);
    }

    /** The briefs citing any live contribution of the kommun, with those contributions; most cited first. */
    private static List<Supported> supported(FeedbackMunicipality kommun) {
        Set<String> live = new HashSet<>(kommun.heard);
        return kommun.proposals.stream()
                               .map(brief -> new Supported(brief, brief.cited.stream().filter(live::contains).toList()))
                               .filter(s -> !s.liveCited().isEmpty())
                               .sorted(MOST_CITED_FIRST)
                               .toList();
    }

    private record Supported(FeedbackMunicipality.Brief brief, List<String> liveCited) {
    }

    // --- writing

    private void updateMunicipality(VisitEvent event, long sequence, Consumer<FeedbackMunicipality> change) {
        FeedbackMunicipality kommun = municipality(event.municipalityCode());
        if (Applied.firstTime(kommun.applied, source(event.visitId()), sequence)) {
            change.accept(kommun);
            batch.save(kommun);
        }
    }

    private void updateContribution(String contributionId, long sequence, Consumer<FeedbackContribution> change) {
        FeedbackContribution contribution = batch.find(FeedbackContribution.class, contributionId)
                                                 .orElseGet(() -> new FeedbackContribution(contributionId));
        if (contribution.lastSequence < sequence) {
            change.accept(contribution);
            contribution.lastSequence = sequence;
            batch.save(contribution);
        }
    }

    /**
     * Applies the event to the proposal once, then refreshes its brief in every kommun it cites now or cited before
     * the event (where the brief goes if it cites nothing there any more).
     */
    private void updateProposal(String proposalId, long sequence, Consumer<FeedbackProposal> change) {
        FeedbackProposal proposal = proposal(proposalId);
        Set<String> kommuner = new TreeSet<>(proposal.municipalities());
        if (Applied.firstTime(proposal.applied, source(proposalId), sequence)) {
            change.accept(proposal);
            batch.save(proposal);
        }
        kommuner.addAll(proposal.municipalities());
        refreshBriefs(proposal, kommuner);
    }

    /**
     * Applies the event to the programme once, then copies the programme's placement of each proposal placed in it
     * (and of {@code proposalId}, which may just have left it) into that proposal and refreshes its briefs.
     */
    private void updateProgramme(String programmeId, String proposalId, long sequence,
                                 Consumer<FeedbackProgramme> change) {
        FeedbackProgramme programme = batch.find(FeedbackProgramme.class, programmeId)
                                           .orElseGet(() -> new FeedbackProgramme(programmeId));
        if (Applied.firstTime(programme.applied, source(programmeId), sequence)) {
            change.accept(programme);
            batch.save(programme);
        }
        Set<String> concerned = new LinkedHashSet<>();
        if (proposalId != null) {
            concerned.add(proposalId);
        }
        programme.placements.forEach(placement -> concerned.add(placement.proposalId));
        for (String concernedId : concerned) {
            FeedbackProposal proposal = proposal(concernedId);
            copyPlacement(programme, proposal);
            refreshBriefs(proposal, proposal.municipalities());
        }
    }

    private void copyPlacement(FeedbackProgramme programme, FeedbackProposal proposal) {
        String now = programme.focusAreaOf(proposal.id).orElse(null);
        String before = proposal.placementIn(programme.id).map(placed -> placed.focusAreaId).orElse(null);
        if (Objects.equals(now, before)) {
            return;
        }
        proposal.placements.removeIf(placed -> placed.programmeId.equals(programme.id));
        if (now != null) {
            proposal.placements.add(new FeedbackProposal.Placed(programme.id, now));
            proposal.placements.sort(Comparator.comparing(placed -> placed.programmeId));
        }
        batch.save(proposal);
    }

    /** Replaces the proposal's brief in each of {@code kommuner} by one built anew, or drops it where it cites none. */
    private void refreshBriefs(FeedbackProposal proposal, Set<String> kommuner) {
        for (String code : kommuner) {
            FeedbackMunicipality kommun = municipality(code);
            kommun.proposals.removeIf(brief -> brief.proposalId.equals(proposal.id));
            List<String> cited = proposal.evidence.stream()
                                                  .filter(e -> code.equals(e.municipalityCode))
                                                  .map(e -> e.contributionId)
                                                  .toList();
            if (!cited.isEmpty()) {
                kommun.proposals.add(brief(proposal, cited));
                kommun.proposals.sort(Comparator.comparing(brief -> brief.proposalId));
            }
            batch.save(kommun);
        }
    }

    private FeedbackMunicipality.Brief brief(FeedbackProposal proposal, List<String> cited) {
        FeedbackMunicipality.Brief brief = new FeedbackMunicipality.Brief();
        brief.proposalId = proposal.id;
        brief.title = proposal.title;
        brief.status = proposal.status;
        brief.cited = new ArrayList<>(cited);
        for (FeedbackProposal.Placed placed : proposal.placements) {
            FeedbackProgramme programme = batch.find(FeedbackProgramme.class, placed.programmeId)
                                               .orElseGet(() -> new FeedbackProgramme(placed.programmeId));
            FeedbackMunicipality.Placement placement = new FeedbackMunicipality.Placement();
            placement.programmeId = programme.id;
            placement.programmeName = programme.name;
            placement.programmeStatus = programme.status;
            placement.focusAreaId = placed.focusAreaId;
            placement.focusAreaName = programme.focusArea(placed.focusAreaId).map(area -> area.name).orElse(null);
            brief.placements.add(placement);
        }
        return brief;
    }

    private static void created(FeedbackProposal proposal, String title, List<Evidence> evidence) {
        proposal.title = title;
        proposal.status = ProposalStatus.DRAFT;
        proposal.evidence = new ArrayList<>();
        cite(proposal, evidence);
    }

    private static void cite(FeedbackProposal proposal, List<Evidence> evidence) {
        evidence.stream()
                .filter(e -> !proposal.cites(e.contributionId()))
                .forEach(e -> proposal.evidence.add(new FeedbackProposal.Cited(e.contributionId(),
                                                                               e.municipalityCode())));
    }

    private FeedbackMunicipality municipality(String code) {
        return batch.find(FeedbackMunicipality.class, code).orElseGet(() -> new FeedbackMunicipality(code));
    }

    private FeedbackProposal proposal(String proposalId) {
        return batch.find(FeedbackProposal.class, proposalId).orElseGet(() -> new FeedbackProposal(proposalId));
    }

    /**
     * An aggregate id as a key of an {@code applied} map. Ids are chosen by clients, and a field name in a stored
     * document must not contain a dot (the mapping refuses it) nor start with {@code $}.
     */
    static String source(String aggregateId) {
        return aggregateId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
