package se.nyskapa.query.proposal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.programme.ProposalPlaced;
import se.nyskapa.programme.ProposalRemoved;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.FindProposal;
import se.nyskapa.proposal.ListProposals;
import se.nyskapa.proposal.PilotMunicipalitiesNamed;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalList;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.proposal.ProposalView;
import se.nyskapa.proposal.Stance;
import se.nyskapa.query.support.Applied;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.OneSequence;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Proposals with their evidence, the feedback heard on them, their assessment and lineage. Proposals cite
 * contributions of many visits and merges move evidence and feedback between proposals, so all events are handled
 * in global order by one segment. Feedback on a proposal merged before it was heard counts for the proposal it went
 * into.
 */
@Component
@ProcessingGroup(ProposalProjection.PROCESSING_GROUP)
class ProposalProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "proposals";

    private final DocumentStore documents;
    private final PersonalData personalData;

    ProposalProjection(DocumentStore documents, PersonalData personalData) {
        super(documents, PROCESSING_GROUP, ProposalDocument.class, ProposalCatalogue.class, ProposalSource.class);
        batch.beforeEachFlush(this::copyProposalsIntoTheCatalogue).keyedByContribution(ProposalSource.class);
        this.documents = documents;
        this.personalData = personalData;
    }

    /** 2: each contribution's source in a document of its own instead of one per visit. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return new OneSequence(PROCESSING_GROUP);
    }

    /**
     * Contribution events are guarded by the contribution's source document, which is written last in a batch: if it
     * has taken the event, so has every proposal, and the event is not handled again with a later state of the
     * proposals (a feedback is not moved to a merge that came after it).
     */
    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        ProposalSource source = source(event.contributionId());
        if (!Applied.firstTime(source.applied, event.visitId(), sequence)) {
            return;
        }
        String heardBy = event.feedback() == null ? null : resolve(event.feedback().proposalId());
        source.recorded = true;
        source.kind = event.kind();
        source.sector = event.sector();
        source.text = event.text();
        source.personalText = event.personalText();
        source.feedbackFor = heardBy;
        source.stance = event.feedback() == null ? null : event.feedback().stance();
        batch.save(source);
        if (heardBy != null) {
            updateProposal(heardBy, event.visitId(), sequence, event.recordedAt(), proposal -> {
                ProposalDocument.FeedbackItem item = new ProposalDocument.FeedbackItem();
                item.visitId = event.visitId();
                item.municipalityCode = event.municipalityCode();
                item.stance = event.feedback().stance();
                item.text = event.text();
                item.personalText = event.personalText();
                proposal.feedback.put(event.contributionId(), item);
            });
        }
    }

    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        changeContribution(event.visitId(), event.contributionId(), sequence, source -> {
                               source.text = event.text();
                               source.personalText = event.personalText();
                           },
                           (item, feedback) -> {
                               if (item != null) {
                                   item.text = event.text();
                                   item.personalText = event.personalText();
                               }
                               if (feedback != null) {
                                   feedback.text = event.text();
                                   feedback.personalText = event.personalText();
                               }
                           });
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        changeContribution(event.visitId(), event.contributionId(), sequence, source -> source.retracted = true,
                           (item, feedback) -> {
                               if (item != null) {
                                   item.retracted = true;
                               }
                               if (feedback != null) {
                                   feedback.retracted = true;
                               }
                           });
    }

    private void changeContribution(String visitId, String contributionId, long sequence,
                                    Consumer<ProposalSource> change,
                                    BiConsumer<ProposalDocument.EvidenceItem, ProposalDocument.FeedbackItem> copies) {
        ProposalSource source = source(contributionId);
        if (!source.recorded || !Applied.firstTime(source.applied, visitId, sequence)) {
            return;
        }
        change.accept(source);
        batch.save(source);
        concerned(source).forEach(proposalId -> updateProposal(proposalId, visitId, sequence, null, proposal -> copies
                .accept(proposal.evidence.get(contributionId), proposal.feedback.get(contributionId))));
    }

    @EventHandler
    void on(ProposalDrafted event, @SequenceNumber long sequence) {
        created(event.proposalId(), sequence, event.title(), event.description(), event.themeId(), event.evidence(),
                event.draftedAt(), null);
    }

    @EventHandler
    void on(ProposalSplitOff event, @SequenceNumber long sequence) {
        created(event.proposalId(), sequence, event.title(), event.description(), event.themeId(), event.evidence(),
                event.splitAt(), event.fromProposalId());
    }

    @EventHandler
    void on(ProposalRevised event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.revisedAt(), proposal -> {
            proposal.title = event.title();
            proposal.description = event.description();
            proposal.themeId = event.themeId();
        });
    }

    @EventHandler
    void on(EvidenceLinked event, @SequenceNumber long sequence) {
        cite(event.proposalId(), List.of(event.evidence()), sequence, event.linkedAt(), null);
    }

    @EventHandler
    void on(EvidenceUnlinked event, @SequenceNumber long sequence) {
        uncite(event.proposalId(), List.of(event.contributionId()), sequence, event.unlinkedAt());
    }

    @EventHandler
    void on(ProposalAssessed event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.assessedAt(), proposal -> {
            ProposalDocument.AssessmentItem assessment = new ProposalDocument.AssessmentItem();
            assessment.impact = event.assessment().impact();
            assessment.feasibility = event.assessment().feasibility();
            assessment.rationale = event.assessment().rationale();
            assessment.assessedBy = event.assessment().assessedBy();
            assessment.assessedAt = event.assessedAt();
            proposal.assessment = assessment;
            proposal.assessmentCount++;
        });
    }

    @EventHandler
    void on(PilotMunicipalitiesNamed event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.namedAt(),
                       proposal -> proposal.pilotMunicipalities = List.copyOf(event.municipalityCodes()));
    }

    @EventHandler
    void on(ProposalStatusChanged event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.changedAt(),
                       proposal -> proposal.status = event.to());
    }

    @EventHandler
    void on(ProposalMerged event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.mergedAt(), proposal -> {
            proposal.status = ProposalStatus.MERGED;
            proposal.mergedInto = event.intoProposalId();
        });
    }

    /** The target takes the merged proposal's new evidence and the feedback heard on it; the merged one keeps its copy. */
    @EventHandler
    void on(ProposalAbsorbed event, @SequenceNumber long sequence) {
        ProposalDocument absorbed = proposal(event.absorbedProposalId());
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.absorbedAt(), proposal -> {
            if (!proposal.mergedFrom.contains(event.absorbedProposalId())) {
                proposal.mergedFrom.add(event.absorbedProposalId());
            }
            absorbed.feedback.forEach((contributionId, item) -> proposal.feedback.putIfAbsent(contributionId,
                                                                                               item.copy()));
        });
        cite(event.proposalId(), event.evidence(), sequence, event.absorbedAt(), event.absorbedProposalId());
        updateSources(List.copyOf(absorbed.feedback.keySet()), event.proposalId() + "/feedback", sequence,
                      source -> source.feedbackFor = event.proposalId());
    }

    @EventHandler
    void on(ProposalSplit event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.proposalId(), sequence, event.splitAt(), proposal -> {
            if (!proposal.splitInto.contains(event.newProposalId())) {
                proposal.splitInto.add(event.newProposalId());
            }
        });
        uncite(event.proposalId(), event.movedEvidence(), sequence, event.splitAt());
    }

    @EventHandler
    void on(ProposalPlaced event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.programmeId(), sequence, null,
                       proposal -> proposal.placements.put(event.programmeId(), event.focusAreaId()));
    }

    @EventHandler
    void on(ProposalRemoved event, @SequenceNumber long sequence) {
        updateProposal(event.proposalId(), event.programmeId(), sequence, null,
                       proposal -> proposal.placements.remove(event.programmeId()));
    }

    @EventHandler
    void on(ThemeDefined event) {
        themeName(event.themeId(), name -> name.name = event.name());
    }

    @EventHandler
    void on(ThemeRenamed event) {
        themeName(event.themeId(), name -> name.name = event.name());
    }

    @EventHandler
    void on(ThemeMerged event) {
        themeName(event.themeId(), name -> name.mergedInto = event.intoThemeId());
    }

    @QueryHandler
    Optional<ProposalView> handle(FindProposal query) {
        return documents.read(query.proposalId(), ProposalDocument.class)
                        .map(proposal -> view(proposal, storedCatalogue()));
    }

    @QueryHandler
    ProposalList handle(ListProposals query) {
        ProposalCatalogue catalogue = storedCatalogue();
        return new ProposalList(catalogue.proposals.entrySet().stream()
                                        .map(e -> new ProposalList.Entry(e.getKey(), e.getValue().title,
                                                                         catalogue.resolve(e.getValue().themeId),
                                                                         e.getValue().status,
                                                                         e.getValue().evidenceCount))
                                        .toList());
    }

    private ProposalView view(ProposalDocument proposal, ProposalCatalogue catalogue) {
        String themeId = catalogue.resolve(proposal.themeId);
        ProposalCatalogue.ThemeName theme = catalogue.themes.get(themeId);
        Map<String, Map<Stance, Integer>> stances = new TreeMap<>();
        proposal.feedback.values().stream().filter(item -> !item.retracted).forEach(
                item -> stances.computeIfAbsent(item.municipalityCode, code -> new EnumMap<>(Stance.class))
                               .merge(item.stance, 1, Integer::sum));
        ProposalDocument.AssessmentItem assessment = proposal.assessment;
        return new ProposalView(
                proposal.id, proposal.title, proposal.description, themeId, theme == null ? null : theme.name,
                proposal.status, (int) proposal.liveEvidence(),
                proposal.evidence.values().stream().filter(e -> !e.retracted).map(e -> e.municipalityCode)
                                 .distinct().sorted().toList(),
                proposal.evidence.entrySet().stream()
                                 .map(e -> new ProposalView.EvidenceEntry(
                                         e.getKey(), e.getValue().visitId, e.getValue().municipalityCode,
                                         e.getValue().kind, e.getValue().sector,
                                         personalData.shown(e.getKey(), e.getValue().text,
                                                            e.getValue().personalText),
                                         e.getValue().retracted, e.getValue().via))
                                 .toList(),
                stances,
                proposal.feedback.entrySet().stream()
                                 .map(e -> new ProposalView.FeedbackEntry(
                                         e.getKey(), e.getValue().visitId, e.getValue().municipalityCode,
                                         e.getValue().stance,
                                         personalData.shown(e.getKey(), e.getValue().text,
                                                            e.getValue().personalText),
                                         e.getValue().retracted))
                                 .toList(),
                assessment == null ? null : new ProposalView.AssessmentEntry(
                        assessment.impact, assessment.feasibility, assessment.rationale, assessment.assessedBy,
                        assessment.assessedAt, proposal.assessmentCount),
                proposal.pilotMunicipalities,
                new ProposalView.Lineage(proposal.splitFrom, proposal.splitInto, proposal.mergedFrom,
                                         proposal.mergedInto),
                proposal.placements.entrySet().stream()
                                   .map(e -> new ProposalView.Placement(e.getKey(), e.getValue())).toList(),
                proposal.draftedAt, proposal.updatedAt);
    }

    private void created(String proposalId, long sequence, String title, String description, String themeId,
                         List<Evidence> evidence, Instant at, String splitFrom) {
        updateProposal(proposalId, proposalId, sequence, at, proposal -> {
            proposal.title = title;
            proposal.description = description;
            proposal.themeId = themeId;
            proposal.status = ProposalStatus.DRAFT;
            proposal.draftedAt = at;
            proposal.splitFrom = splitFrom;
        });
        cite(proposalId, evidence, sequence, at, null);
    }

    /** Copies each contribution into the proposal's evidence and notes the citation at the contribution. */
    private void cite(String proposalId, List<Evidence> evidence, long sequence, Instant at, String via) {
        updateProposal(proposalId, proposalId + "/evidence", sequence, at, proposal -> evidence.forEach(cited -> {
            ProposalDocument.EvidenceItem item = new ProposalDocument.EvidenceItem();
            item.visitId = cited.visitId();
            item.municipalityCode = cited.municipalityCode();
            item.via = via;
            ProposalSource source = source(cited.contributionId());
            if (source.recorded) {
                item.kind = source.kind;
                item.sector = source.sector;
                item.text = source.text;
                item.personalText = source.personalText;
                item.retracted = source.retracted;
            }
            proposal.evidence.put(cited.contributionId(), item);
        }));
        updateSources(evidence.stream().map(Evidence::contributionId).toList(), proposalId + "/cite", sequence,
                      source -> source.citedBy.add(proposalId));
    }

    private void uncite(String proposalId, List<String> contributionIds, long sequence, Instant at) {
        ProposalDocument proposal = proposal(proposalId);
        List<String> leaving = contributionIds.stream().filter(proposal.evidence::containsKey).toList();
        updateProposal(proposalId, proposalId + "/evidence", sequence, at,
                       changed -> contributionIds.forEach(changed.evidence::remove));
        updateSources(leaving, proposalId + "/uncite", sequence, source -> source.citedBy.remove(proposalId));
    }

    /**
     * Changes the proposal once per source event. A proposal's own event may change it twice (its fields, then its
     * evidence): the two changes are guarded as two sources.
     */
    private void updateProposal(String proposalId, String source, long sequence, Instant at,
                                Consumer<ProposalDocument> change) {
        ProposalDocument proposal = proposal(proposalId);
        if (Applied.firstTime(proposal.applied, source, sequence)) {
            change.accept(proposal);
            if (at != null) {
                proposal.updatedAt = at;
            }
            batch.save(proposal);
        }
    }

    /** Once per batch: every proposal the batch touched gets its line in the catalogue replaced by a copy. */
    private void copyProposalsIntoTheCatalogue() {
        List<ProposalDocument> proposals = batch.loaded(ProposalDocument.class);
        if (proposals.isEmpty()) {
            return;
        }
        ProposalCatalogue catalogue = catalogue();
        proposals.forEach(proposal -> {
            ProposalCatalogue.Entry entry = new ProposalCatalogue.Entry();
            entry.title = proposal.title;
            entry.themeId = proposal.themeId;
            entry.status = proposal.status;
            entry.evidenceCount = (int) proposal.liveEvidence();
            catalogue.proposals.put(proposal.id, entry);
        });
        batch.save(catalogue);
    }

    /** Changes the source of each recorded contribution once for this event. */
    private void updateSources(Collection<String> contributionIds, String cause, long sequence,
                               Consumer<ProposalSource> change) {
        contributionIds.stream().distinct().map(this::source)
                       .filter(source -> source.recorded && Applied.firstTime(source.applied, cause, sequence))
                       .forEach(source -> {
                           change.accept(source);
                           batch.save(source);
                       });
    }

    private void themeName(String themeId, Consumer<ProposalCatalogue.ThemeName> change) {
        ProposalCatalogue catalogue = catalogue();
        change.accept(catalogue.themes.computeIfAbsent(themeId, id -> new ProposalCatalogue.ThemeName()));
        batch.save(catalogue);
    }

    /** The proposals a contribution's change concerns: those citing it and the one its feedback speaks to. */
    private static List<String> concerned(ProposalSource source) {
        List<String> proposals = new ArrayList<>(source.citedBy);
        if (source.feedbackFor != null && !proposals.contains(source.feedbackFor)) {
            proposals.add(source.feedbackFor);
        }
        return proposals;
    }

    /** The proposal feedback on {@code proposalId} counts for: itself, or the one it was merged into. */
    private String resolve(String proposalId) {
        String current = proposalId;
        for (ProposalDocument proposal = proposal(current); proposal.mergedInto != null; proposal = proposal(current)) {
            current = proposal.mergedInto;
        }
        return current;
    }

    private ProposalDocument proposal(String proposalId) {
        return batch.find(ProposalDocument.class, proposalId).orElseGet(() -> new ProposalDocument(proposalId));
    }

    private ProposalSource source(String contributionId) {
        return batch.find(ProposalSource.class, contributionId).orElseGet(() -> new ProposalSource(contributionId));
    }

    private ProposalCatalogue catalogue() {
        return batch.find(ProposalCatalogue.class, ProposalCatalogue.ID).orElseGet(ProposalCatalogue::new);
    }

    private ProposalCatalogue storedCatalogue() {
        return documents.read(ProposalCatalogue.ID, ProposalCatalogue.class)
                        .orElseGet(ProposalCatalogue::new);
    }
}
