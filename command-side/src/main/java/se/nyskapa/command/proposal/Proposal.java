package se.nyskapa.command.proposal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.nyskapa.command.Require;
import se.nyskapa.command.theme.ThemeCatalogue;
import se.nyskapa.command.visit.ContributionRegistry;
import se.nyskapa.command.visit.ContributionRegistry.RegisteredContribution;
import se.nyskapa.proposal.AssessProposal;
import se.nyskapa.proposal.Assessment;
import se.nyskapa.proposal.ChangeProposalStatus;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.proposal.Evidence;
import se.nyskapa.proposal.EvidenceLinked;
import se.nyskapa.proposal.EvidenceUnlinked;
import se.nyskapa.proposal.LinkEvidence;
import se.nyskapa.proposal.NamePilotMunicipalities;
import se.nyskapa.proposal.PilotMunicipalitiesNamed;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalAssessed;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalRevised;
import se.nyskapa.proposal.ProposalSplit;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;
import se.nyskapa.proposal.ReviseProposal;
import se.nyskapa.proposal.UnlinkEvidence;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.Outcome;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.nyskapa.proposal.ProposalStatus.DRAFT;
import static se.nyskapa.proposal.ProposalStatus.INCLUDED;
import static se.nyskapa.proposal.ProposalStatus.MERGED;
import static se.nyskapa.proposal.ProposalStatus.PARKED;
import static se.nyskapa.proposal.ProposalStatus.REJECTED;
import static se.nyskapa.proposal.ProposalStatus.UNDER_REVIEW;
import static se.nyskapa.rejection.RejectedException.conflict;
import static se.nyskapa.rejection.RejectedException.invalid;

/**
 * A förslag: built from contributions (its evidence), revised, assessed, given testkommuner, and decided on. A
 * proposal always cites at least one live contribution. Merging and splitting move evidence between proposals and
 * never drop any; both proposals remember the other (see {@link ProposalLineage}).
 */
@Aggregate(cache = "proposalCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Proposal {

    static final int MAX_EVIDENCE = Require.MAX_LIST;

    /** Where a proposal may go from each status; a proposal is only MERGED by merging it. */
    private static final Map<ProposalStatus, Set<ProposalStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(UNDER_REVIEW, PARKED, REJECTED),
            UNDER_REVIEW, EnumSet.of(DRAFT, INCLUDED, PARKED, REJECTED),
            INCLUDED, EnumSet.of(UNDER_REVIEW, PARKED),
            PARKED, EnumSet.of(DRAFT, UNDER_REVIEW),
            REJECTED, EnumSet.of(UNDER_REVIEW),
            MERGED, EnumSet.noneOf(ProposalStatus.class));

    @AggregateIdentifier
    private String proposalId;
    private String title;
    private String description;
    private String themeId;
    private ProposalStatus status;
    private Map<String, Evidence> evidence = new LinkedHashMap<>();
    private Assessment assessment;
    private List<String> pilotMunicipalities = List.of();
    private String mergedInto;
    /** What the proposal was created with, so that the same draft or split sent again is recognised. */
    private Origin origin;

    record Origin(String title, String description, String themeId, Set<String> evidence, String splitFrom) {
    }

    Proposal() {
        // for Axon
    }

    /** The proposal a split makes; {@link ProposalLineage} has checked everything it carries. */
    Proposal(ProposalSplitOff splitOff) {
        apply(splitOff);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(DraftProposal command, ThemeCatalogue themes, ContributionRegistry contributions,
                          Clock clock) {
        if (proposalId != null) {
            if (origin.splitFrom() == null && Objects.equals(origin.title(), command.title())
                    && Objects.equals(origin.description(), blankIfNull(command.description()))
                    && sameTheme(themes, origin.themeId(), command.themeId())
                    && command.evidence() != null && origin.evidence().equals(new HashSet<>(command.evidence()))) {
                return Outcome.UNCHANGED;
            }
            throw conflict("proposalId", "proposal " + proposalId + " already exists with other content");
        }
        Require.id("proposalId", command.proposalId());
        requireContent(command.title(), command.description());
        String theme = activeTheme(themes, command.themeId());
        List<Evidence> cited = evidence("evidence", command.evidence(), contributions);
        apply(new ProposalDrafted(command.proposalId(), command.title(), blankIfNull(command.description()), theme,
                                  cited, clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(ReviseProposal command, ThemeCatalogue themes, Clock clock) {
        requireNotMerged();
        requireContent(command.title(), command.description());
        String theme = activeTheme(themes, command.themeId());
        if (title.equals(command.title()) && description.equals(blankIfNull(command.description()))
                && themeId.equals(theme)) {
            return Outcome.UNCHANGED;
        }
        apply(new ProposalRevised(proposalId, command.title(), blankIfNull(command.description()), theme,
                                  clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(LinkEvidence command, ContributionRegistry contributions, Clock clock) {
        requireNotMerged();
        Require.id("contributionId", command.contributionId());
        if (evidence.containsKey(command.contributionId())) {
            return Outcome.UNCHANGED;
        }
        if (evidence.size() >= MAX_EVIDENCE) {
            throw conflict("contributionId", "a proposal cites at most " + MAX_EVIDENCE + " contributions");
        }
        Evidence cited = evidence("contributionId", List.of(command.contributionId()), contributions).get(0);
        apply(new EvidenceLinked(proposalId, cited, clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(UnlinkEvidence command, Clock clock) {
        requireNotMerged();
        if (!evidence.containsKey(command.contributionId())) {
            return Outcome.UNCHANGED;
        }
        if (evidence.size() == 1) {
            throw conflict("contributionId", "a proposal keeps at least one contribution as evidence");
        }
        apply(new EvidenceUnlinked(proposalId, command.contributionId(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(AssessProposal command, Clock clock) {
        requireNotMerged();
        requireScore("impact", command.impact());
        requireScore("feasibility", command.feasibility());
        Require.text("rationale", command.rationale(), Require.MAX_TEXT);
        Require.text("assessedBy", command.assessedBy(), Require.MAX_SHORT_TEXT);
        Assessment given = new Assessment(command.impact(), command.feasibility(), command.rationale(),
                                          command.assessedBy());
        if (given.equals(assessment)) {
            return Outcome.UNCHANGED;
        }
        apply(new ProposalAssessed(proposalId, given, clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(NamePilotMunicipalities command, Region region, Clock clock) {
        requireNotMerged();
        List<String> codes = Require.ids("municipalityCodes", command.municipalityCodes());
        for (String code : codes) {
            if (region.municipality(code).isEmpty()) {
                throw invalid("municipalityCodes", "no kommun with code " + code + " in " + region.name());
            }
        }
        if (new HashSet<>(pilotMunicipalities).equals(new HashSet<>(codes))) {
            return Outcome.UNCHANGED;
        }
        apply(new PilotMunicipalitiesNamed(proposalId, List.copyOf(codes), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(ChangeProposalStatus command, Clock clock) {
        if (command.status() == null) {
            throw invalid("status", "must be one of DRAFT, UNDER_REVIEW, INCLUDED, PARKED, REJECTED");
        }
        if (command.status() == MERGED) {
            throw invalid("status", "a proposal becomes MERGED by merging it into another");
        }
        Require.optionalText("note", command.note(), Require.MAX_TEXT);
        if (status == command.status()) {
            return Outcome.UNCHANGED;
        }
        requireNotMerged();
        if (!NEXT.get(status).contains(command.status())) {
            throw conflict("status", "a proposal that is " + status + " cannot become " + command.status()
                    + "; it can become " + NEXT.get(status));
        }
        apply(new ProposalStatusChanged(proposalId, status, command.status(), command.note(), clock.instant()));
        return Outcome.APPLIED;
    }

    boolean wasMergedInto(String target) {
        return target.equals(mergedInto);
    }

    boolean wasSplitOffAs(String from, String title, String description, String themeId, List<String> evidenceIds) {
        return origin != null && from.equals(origin.splitFrom()) && Objects.equals(origin.title(), title)
                && Objects.equals(origin.description(), blankIfNull(description))
                && Objects.equals(origin.themeId(), themeId) && evidenceIds != null
                && origin.evidence().equals(new HashSet<>(evidenceIds));
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence.values());
    }

    /** This proposal goes into {@code target}; checked by both before either changes. */
    void requireMergeable(String field) {
        if (mergedInto != null) {
            throw conflict(field, "proposal " + proposalId + " is already merged into " + mergedInto);
        }
    }

    void mergeInto(String target, Clock clock) {
        apply(new ProposalMerged(proposalId, target, clock.instant()));
    }

    void absorb(String merged, List<Evidence> mergedEvidence, Clock clock) {
        List<Evidence> added = mergedEvidence.stream().filter(e -> !evidence.containsKey(e.contributionId())).toList();
        apply(new ProposalAbsorbed(proposalId, merged, added, clock.instant()));
    }

    /** The evidence a split takes away: named, cited here, and not all of it. */
    List<Evidence> evidenceToSplit(List<String> ids) {
        requireNotMerged();
        List<String> moving = Require.ids("evidence", ids);
        if (moving.isEmpty()) {
            throw invalid("evidence", "a split takes at least one contribution with it");
        }
        for (String id : moving) {
            if (!evidence.containsKey(id)) {
                throw invalid("evidence", "proposal " + proposalId + " does not cite contribution " + id);
            }
        }
        if (moving.size() == evidence.size()) {
            throw conflict("evidence", "a split leaves at least one contribution with proposal " + proposalId);
        }
        return moving.stream().map(evidence::get).toList();
    }

    void split(String newProposalId, List<Evidence> moved, Clock clock) {
        apply(new ProposalSplit(proposalId, newProposalId,
                                moved.stream().map(Evidence::contributionId).toList(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        proposalId = event.proposalId();
        created(event.title(), event.description(), event.themeId(), event.evidence(), null);
    }

    @EventSourcingHandler
    void on(ProposalSplitOff event) {
        proposalId = event.proposalId();
        created(event.title(), event.description(), event.themeId(), event.evidence(), event.fromProposalId());
    }

    @EventSourcingHandler
    void on(ProposalRevised event) {
        title = event.title();
        description = event.description();
        themeId = event.themeId();
    }

    @EventSourcingHandler
    void on(EvidenceLinked event) {
        evidence.put(event.evidence().contributionId(), event.evidence());
    }

    @EventSourcingHandler
    void on(EvidenceUnlinked event) {
        evidence.remove(event.contributionId());
    }

    @EventSourcingHandler
    void on(ProposalAssessed event) {
        assessment = event.assessment();
    }

    @EventSourcingHandler
    void on(PilotMunicipalitiesNamed event) {
        pilotMunicipalities = List.copyOf(event.municipalityCodes());
    }

    @EventSourcingHandler
    void on(ProposalStatusChanged event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(ProposalMerged event) {
        status = MERGED;
        mergedInto = event.intoProposalId();
    }

    @EventSourcingHandler
    void on(ProposalAbsorbed event) {
        event.evidence().forEach(e -> evidence.put(e.contributionId(), e));
    }

    @EventSourcingHandler
    void on(ProposalSplit event) {
        event.movedEvidence().forEach(evidence::remove);
    }

    private void created(String title, String description, String themeId, List<Evidence> cited, String splitFrom) {
        this.title = title;
        this.description = description;
        this.themeId = themeId;
        this.status = DRAFT;
        cited.forEach(e -> evidence.put(e.contributionId(), e));
        this.origin = new Origin(title, description, themeId, new HashSet<>(evidence.keySet()), splitFrom);
    }

    private void requireNotMerged() {
        if (mergedInto != null) {
            throw conflict("proposalId", "proposal " + proposalId + " was merged into " + mergedInto
                    + "; work on that one");
        }
    }

    static void requireContent(String title, String description) {
        Require.text("title", title, Require.MAX_SHORT_TEXT);
        Require.optionalText("description", description, Require.MAX_TEXT);
    }

    /** The theme a proposal is filed under: known and not retired; a merged theme counts as the one it went into. */
    static String activeTheme(ThemeCatalogue themes, String themeId) {
        Require.id("themeId", themeId);
        ThemeCatalogue.CataloguedTheme theme = themes.resolve(themeId)
                .orElseThrow(() -> invalid("themeId", "no theme with id " + themeId));
        if (theme.status() == ThemeStatus.RETIRED) {
            throw conflict("themeId", "theme " + theme.themeId() + " is retired");
        }
        return theme.themeId();
    }

    /**
     * Whether {@code given} names the theme a proposal was filed under: the same id, or a theme merged into it (a
     * draft naming a merged theme is filed under the theme it went into, and the same draft sent again names the
     * merged one again).
     */
    private static boolean sameTheme(ThemeCatalogue themes, String filedUnder, String given) {
        return Objects.equals(filedUnder, given) || given != null && themes.resolve(given)
                .map(ThemeCatalogue.CataloguedTheme::themeId).filter(filedUnder::equals).isPresent();
    }

    /** Each contribution named must exist and not be retracted; a proposal cites at least one. */
    static List<Evidence> evidence(String field, List<String> ids, ContributionRegistry contributions) {
        List<String> given = Require.ids(field, ids);
        if (given.isEmpty()) {
            throw invalid(field, "a proposal cites at least one contribution as its evidence");
        }
        return given.stream().map(id -> {
            RegisteredContribution contribution = contributions.find(id)
                    .orElseThrow(() -> invalid(field, "no contribution with id " + id));
            if (contribution.retracted()) {
                throw conflict(field, "contribution " + id + " is retracted and cannot be evidence");
            }
            return new Evidence(id, contribution.visitId(), contribution.municipalityCode());
        }).toList();
    }

    private static void requireScore(String field, Integer score) {
        if (score == null || score < 1 || score > 5) {
            throw invalid(field, "a whole number from 1 to 5");
        }
    }

    static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
