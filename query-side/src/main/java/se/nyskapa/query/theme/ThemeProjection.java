package se.nyskapa.query.theme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.municipality.MunicipalityView;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.query.support.Applied;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.OneSequence;
import se.nyskapa.region.Region;
import se.nyskapa.theme.FindTheme;
import se.nyskapa.theme.FindThemeMatrix;
import se.nyskapa.theme.ListThemes;
import se.nyskapa.theme.ThemeDefined;
import se.nyskapa.theme.ThemeList;
import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeMerged;
import se.nyskapa.theme.ThemeRenamed;
import se.nyskapa.theme.ThemeRetired;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.theme.ThemeView;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Themes: the theme × kommun matrix and each theme's overview. Its events come from the taxonomy, from every visit
 * and from every proposal, and a merge moves members between themes, so all of them are handled in their global
 * order by one segment. Tags are never rewritten: a tag on a merged theme counts under the theme it went into,
 * resolved here when the tag arrives and moved here when the merge arrives.
 */
@Component
@ProcessingGroup(ThemeProjection.PROCESSING_GROUP)
public class ThemeProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "themes";

    private final DocumentStore documents;
    private final Region region;
    private final PersonalData personalData;

    ThemeProjection(DocumentStore documents, Region region, PersonalData personalData) {
        super(documents, PROCESSING_GROUP, ThemeDocument.class, ThemeMatrix.class, ThemedProposal.class,
              TaggedContribution.class);
        batch.beforeEachFlush(this::copyThemesIntoTheMatrix).keyedByContribution(TaggedContribution.class);
        this.documents = documents;
        this.region = region;
        this.personalData = personalData;
    }

    /** 2: each contribution's tags in a document of its own; a theme's members without their content. */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return new OneSequence(PROCESSING_GROUP);
    }

    @EventHandler
    void on(ThemeDefined event, @SequenceNumber long sequence) {
        updateTheme(event.themeId(), event.taxonomyId(), sequence, theme -> {
            theme.name = event.name();
            theme.status = ThemeStatus.ACTIVE;
        });
    }

    @EventHandler
    void on(ThemeRenamed event, @SequenceNumber long sequence) {
        updateTheme(event.themeId(), event.taxonomyId(), sequence, theme -> theme.name = event.name());
    }

    @EventHandler
    void on(ThemeRetired event, @SequenceNumber long sequence) {
        updateTheme(event.themeId(), event.taxonomyId(), sequence, theme -> theme.status = ThemeStatus.RETIRED);
    }

    /** The merged theme keeps its members as they were; the surviving theme takes each one it does not have. */
    @EventHandler
    void on(ThemeMerged event, @SequenceNumber long sequence) {
        ThemeDocument merged = theme(event.themeId());
        updateTheme(event.themeId(), event.taxonomyId(), sequence, theme -> {
            theme.status = ThemeStatus.MERGED;
            theme.mergedInto = event.intoThemeId();
        });
        updateTheme(event.intoThemeId(), event.taxonomyId(), sequence, theme -> {
            theme.mergedFrom.add(event.themeId());
            merged.members.forEach((contributionId, member) -> theme.members.putIfAbsent(contributionId,
                                                                                       member.copy()));
            merged.proposals.forEach((proposalId, entry) -> theme.proposals.putIfAbsent(proposalId, entry.copy()));
        });
    }

    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        TaggedContribution contribution = tagged(event.contributionId());
        updateIndex(contribution, sequence, () -> {
            contribution.visitId = event.visitId();
            contribution.municipalityCode = event.municipalityCode();
            contribution.kind = event.kind();
            contribution.sector = event.sector();
            contribution.text = event.text();
            contribution.personalText = event.personalText();
            contribution.recordedAt = event.recordedAt();
        });
    }

    /**
     * The themes the contribution leaves lose it and the themes it has now hold it. The contribution's tag index is
     * written last in a batch: once it has taken an event, every theme has, and the event is not handled again
     * with a later state of the themes; until then it still knows the tags the event replaced.
     */
    @EventHandler
    void on(ContributionTagged event, @SequenceNumber long sequence) {
        TaggedContribution contribution = tagged(event.contributionId());
        if (!contribution.isRecorded() || contribution.lastSequence >= sequence) {
            return;
        }
        Set<String> before = resolved(contribution.themeIds);
        Set<String> after = resolved(event.themeIds());
        before.stream().filter(themeId -> !after.contains(themeId)).forEach(themeId -> updateTheme(
                themeId, event.visitId(), sequence, theme -> theme.members.remove(event.contributionId())));
        after.forEach(themeId -> updateTheme(themeId, event.visitId(), sequence, theme -> theme.members.put(
                event.contributionId(), member(contribution))));
        updateIndex(contribution, sequence, () -> contribution.themeIds = List.copyOf(event.themeIds()));
    }

    /** A theme lists its members' content from their index, so an amendment changes the index alone. */
    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        TaggedContribution contribution = tagged(event.contributionId());
        if (contribution.isRecorded()) {
            updateIndex(contribution, sequence, () -> {
                contribution.text = event.text();
                contribution.personalText = event.personalText();
            });
        }
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        TaggedContribution contribution = tagged(event.contributionId());
        if (!contribution.isRecorded() || contribution.lastSequence >= sequence) {
            return;
        }
        resolved(contribution.themeIds).forEach(themeId -> updateTheme(
                themeId, event.visitId(), sequence, theme -> theme.members.remove(event.contributionId())));
        updateIndex(contribution, sequence, () -> contribution.retracted = true);
    }

    @EventHandler
    void on(ProposalDrafted event, @SequenceNumber long sequence) {
        file(event.proposalId(), sequence, event.themeId(), event.title(), ProposalStatus.DRAFT);
    }

    @EventHandler
    void on(ProposalSplitOff event, @SequenceNumber long sequence) {
        file(event.proposalId(), sequence, event.themeId(), event.title(), ProposalStatus.DRAFT);
    }

    @EventHandler
    void on(ProposalRevised event, @SequenceNumber long sequence) {
        file(event.proposalId(), sequence, event.themeId(), event.title(), proposal(event.proposalId()).status);
    }

    @EventHandler
    void on(ProposalStatusChanged event, @SequenceNumber long sequence) {
        ThemedProposal proposal = proposal(event.proposalId());
        file(event.proposalId(), sequence, proposal.themeId, proposal.title, event.to());
    }

    @EventHandler
    void on(ProposalMerged event, @SequenceNumber long sequence) {
        ThemedProposal proposal = proposal(event.proposalId());
        file(event.proposalId(), sequence, proposal.themeId, proposal.title, ProposalStatus.MERGED);
    }

    @QueryHandler
    ThemeMatrixView handle(FindThemeMatrix query) {
        ThemeMatrix matrix = storedMatrix();
        return new ThemeMatrixView(
                region.municipalities().stream().map(m -> new ThemeMatrixView.Column(m.code(), m.name())).toList(),
                matrix.rows.entrySet().stream()
                           .filter(row -> row.getValue().status != ThemeStatus.MERGED)
                           .map(row -> new ThemeMatrixView.Row(row.getKey(), row.getValue().name,
                                                               row.getValue().status, row.getValue().total,
                                                               row.getValue().cells))
                           .toList());
    }

    @QueryHandler
    ThemeList handle(ListThemes query) {
        return new ThemeList(storedMatrix().rows.entrySet().stream()
                                     .map(row -> new ThemeList.Entry(row.getKey(), row.getValue().name,
                                                                     row.getValue().status, row.getValue().mergedInto,
                                                                     row.getValue().total))
                                     .toList());
    }

    @QueryHandler
    Optional<ThemeView> handle(FindTheme query) {
        return documents.read(query.themeId(), ThemeDocument.class).map(this::view);
    }

    /** The kommun's column of the matrix: how many of its live contributions each theme holds, most first. */
    public List<MunicipalityView.ThemeCount> themesOf(String municipalityCode) {
        return storedMatrix().rows.entrySet().stream()
                            .filter(row -> row.getValue().status != ThemeStatus.MERGED)
                            .map(row -> new MunicipalityView.ThemeCount(
                                    row.getKey(), row.getValue().name,
                                    row.getValue().cells.getOrDefault(municipalityCode, Map.of()).values().stream()
                                                        .mapToLong(Long::longValue).sum()))
                            .filter(count -> count.contributions() > 0)
                            .sorted(Comparator.comparingLong(MunicipalityView.ThemeCount::contributions).reversed())
                            .toList();
    }

    private ThemeView view(ThemeDocument theme) {
        boolean merged = theme.status == ThemeStatus.MERGED;
        return new ThemeView(
                theme.id, theme.name, theme.status, theme.mergedInto, theme.mergedFrom,
                merged ? 0 : theme.members.size(), merged ? Map.of() : theme.counts(),
                merged ? List.of() : documents.findAllById(theme.members.keySet(), TaggedContribution.class).stream()
                        .sorted(Comparator.comparing((TaggedContribution c) -> c.recordedAt).reversed())
                        .map(c -> new ThemeView.Contribution(c.id, c.visitId, c.municipalityCode, c.kind, c.sector,
                                                             personalData.shown(c.id, c.text, c.personalText),
                                                             c.recordedAt))
                        .toList(),
                merged ? List.of() : theme.proposals.entrySet().stream()
                        .map(e -> new ThemeView.Proposal(e.getKey(), e.getValue().title, e.getValue().status))
                        .toList());
    }

    /**
     * Lists the proposal under the theme it is filed under now and takes it off the one it left; a merged
     * proposal is listed nowhere. Its index is written after the themes, like the tag index.
     */
    private void file(String proposalId, long sequence, String themeId, String title, ProposalStatus status) {
        ThemedProposal proposal = proposal(proposalId);
        if (proposal.lastSequence >= sequence) {
            return;
        }
        String before = proposal.themeId == null ? null : resolve(proposal.themeId);
        String after = resolve(themeId);
        if (before != null && !before.equals(after)) {
            updateTheme(before, proposalId, sequence, theme -> theme.proposals.remove(proposalId));
        }
        updateTheme(after, proposalId, sequence, theme -> {
            if (status == ProposalStatus.MERGED) {
                theme.proposals.remove(proposalId);
            } else {
                ThemeDocument.ProposalEntry entry = new ThemeDocument.ProposalEntry();
                entry.title = title;
                entry.status = status;
                theme.proposals.put(proposalId, entry);
            }
        });
        proposal.themeId = themeId;
        proposal.title = title;
        proposal.status = status;
        proposal.lastSequence = sequence;
        batch.save(proposal);
    }

    private void updateTheme(String themeId, String source, long sequence, Consumer<ThemeDocument> change) {
        ThemeDocument theme = theme(themeId);
        if (Applied.firstTime(theme.applied, source, sequence)) {
            change.accept(theme);
            batch.save(theme);
        }
    }

    /**
     * Once per batch: every theme the batch touched gets its row replaced by a copy of its counts, also a theme an
     * event left unchanged, so that a batch delivered again heals a matrix written only in part.
     */
    private void copyThemesIntoTheMatrix() {
        List<ThemeDocument> themes = batch.loaded(ThemeDocument.class);
        if (themes.isEmpty()) {
            return;
        }
        ThemeMatrix matrix = matrix();
        themes.forEach(theme -> {
            ThemeMatrix.Row row = new ThemeMatrix.Row();
            row.name = theme.name;
            row.status = theme.status;
            row.mergedInto = theme.mergedInto;
            if (theme.status != ThemeStatus.MERGED) {
                row.total = theme.members.size();
                row.cells = theme.counts();
            }
            matrix.rows.put(theme.id, row);
        });
        batch.save(matrix);
    }

    private void updateIndex(TaggedContribution contribution, long sequence, Runnable change) {
        if (contribution.lastSequence < sequence) {
            change.run();
            contribution.lastSequence = sequence;
            batch.save(contribution);
        }
    }

    private Set<String> resolved(List<String> themeIds) {
        Set<String> resolved = new LinkedHashSet<>();
        themeIds.forEach(themeId -> resolved.add(resolve(themeId)));
        return resolved;
    }

    /** The theme a tag on {@code themeId} counts under: follows merges. */
    private String resolve(String themeId) {
        String current = themeId;
        for (ThemeDocument theme = theme(current); theme.mergedInto != null; theme = theme(current)) {
            current = theme.mergedInto;
        }
        return current;
    }

    private static ThemeDocument.Member member(TaggedContribution contribution) {
        ThemeDocument.Member member = new ThemeDocument.Member();
        member.municipalityCode = contribution.municipalityCode;
        member.kind = contribution.kind;
        return member;
    }

    private ThemeDocument theme(String themeId) {
        return batch.find(ThemeDocument.class, themeId).orElseGet(() -> new ThemeDocument(themeId));
    }

    private ThemeMatrix matrix() {
        return batch.find(ThemeMatrix.class, ThemeMatrix.ID).orElseGet(ThemeMatrix::new);
    }

    private ThemeMatrix storedMatrix() {
        return documents.read(ThemeMatrix.ID, ThemeMatrix.class).orElseGet(ThemeMatrix::new);
    }

    private TaggedContribution tagged(String contributionId) {
        return batch.find(TaggedContribution.class, contributionId)
                    .orElseGet(() -> new TaggedContribution(contributionId));
    }

    private ThemedProposal proposal(String proposalId) {
        return batch.find(ThemedProposal.class, proposalId).orElseGet(() -> new ThemedProposal(proposalId));
    }
}
