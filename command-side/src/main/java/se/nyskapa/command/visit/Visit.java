package se.nyskapa.command.visit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.nyskapa.command.Require;
import se.nyskapa.command.proposal.ProposalRegistry;
import se.nyskapa.command.theme.ThemeCatalogue;
import se.nyskapa.command.theme.ThemeCatalogue.CataloguedTheme;
import se.nyskapa.command.tour.TourRegistry;
import se.nyskapa.command.tour.TourRegistry.RegisteredTour;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
import se.nyskapa.region.Region;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.JoinTour;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.RecordAttendance;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ReopenVisit;
import se.nyskapa.visit.RetractContribution;
import se.nyskapa.visit.ScheduleVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.TagContribution;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.nyskapa.rejection.RejectedException.conflict;
import static se.nyskapa.rejection.RejectedException.invalid;
import static se.nyskapa.rejection.RejectedException.notFound;

/**
 * One kommunbesök: planned, held (its date has passed or something was recorded), concluded with its summary,
 * possibly reopened. Every command may arrive twice; an identical repeat changes nothing and answers
 * {@link Outcome#UNCHANGED}.
 */
@Aggregate(cache = "visitCache", snapshotTriggerDefinition = "visitSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Visit {

    static final int MAX_PARTICIPANTS = 100_000;
    /**
     * How far ahead of the server's clock a device's may run: a laptop's clock is seldom exact, but a time logged
     * further ahead than this is a wrong clock or a wrong value, and would sort the entry after later ones.
     */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** A contribution speaks to a few themes; more is a sign of a tagging mistake. */
    static final int MAX_THEMES = 20;

    @AggregateIdentifier
    private String visitId;
    private String municipalityCode;
    private LocalDate date;
    private String venue;
    private List<String> hosts;
    private String tourId;
    private boolean concluded;
    private VisitSummary summary;
    private Map<Sector, Integer> attendance = new EnumMap<>(Sector.class);
    /** Each contribution's events go to that contribution only (Axon's default forwards them to every entity). */
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Contribution> contributions = new HashMap<>();

    Visit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(ScheduleVisit command, Region region, TourRegistry tours, Clock clock) {
        List<String> givenHosts = command.hosts() == null ? List.of() : command.hosts();
        if (visitId != null) {
            if (municipalityCode.equals(command.municipalityCode()) && date.equals(command.date())
                    && venue.equals(command.venue()) && hosts.equals(givenHosts)
                    && Objects.equals(tourId, command.tourId())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("visitId", "visit " + visitId + " is already scheduled with other details");
        }
        Require.id("visitId", command.visitId());
        if (region.municipality(command.municipalityCode()).isEmpty()) {
            throw invalid("municipalityCode", "no kommun with code " + command.municipalityCode() + " in "
                    + region.name());
        }
        if (command.date() == null) {
            throw invalid("date", "a visit needs a date");
        }
        Require.date("date", command.date());
        Require.text("venue", command.venue(), Require.MAX_SHORT_TEXT);
        for (String host : givenHosts) {
            Require.text("hosts", host, Require.MAX_SHORT_TEXT);
        }
        RegisteredTour tour = command.tourId() == null ? null : tourCovering(tours, command.tourId(), command.date());
        apply(new VisitScheduled(command.visitId(), command.municipalityCode(), command.date(), command.venue(),
                                 List.copyOf(givenHosts), clock.instant()));
        if (tour != null) {
            apply(new VisitJoinedTour(visitId, municipalityCode, tour.tourId(), date, venue, clock.instant()));
        }
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(JoinTour command, TourRegistry tours, Clock clock) {
        Require.id("tourId", command.tourId());
        if (command.tourId().equals(tourId)) {
            return Outcome.UNCHANGED;
        }
        RegisteredTour tour = tourCovering(tours, command.tourId(), date);
        apply(new VisitJoinedTour(visitId, municipalityCode, tour.tourId(), date, venue, clock.instant()));
        return Outcome.APPLIED;
    }

    /**
     * A contributor's details, and the text when staff marked it personal, are sealed under the person's key before
     * they reach the event. A resend is recognised by opening what was sealed; once the person has been erased, what
     * was sealed cannot be compared, and a resend of it changes nothing rather than bringing it back.
     */
    @CommandHandler
    public Outcome handle(RecordContribution command, ContributionRegistry registry, ProposalRegistry proposals,
                          Clock clock, PersonalData personalData) {
        Require.id("contributionId", command.contributionId());
        Contributor contributor = Contributors.checked(command.contributor());
        Contribution existing = contributions.get(command.contributionId());
        if (existing != null) {
            if (existing.wasRecordedAs(command.kind(), command.text(), command.sector(), command.feedback(),
                                       command.loggedAt(), contributor, command.personalText(), personalData)) {
                return Outcome.UNCHANGED;
            }
            throw conflict("contributionId", "contribution " + command.contributionId()
                    + " was already recorded with other content");
        }
        registry.find(command.contributionId()).ifPresent(otherVisit -> {
            throw conflict("contributionId", "contribution id " + command.contributionId()
                    + " is already used in another visit");
        });
        requireOpen();
        if (command.kind() == null) {
            throw invalid("kind", "a contribution needs a kind");
        }
        if (command.sector() == null) {
            throw invalid("sector", "a contribution needs a sector");
        }
        Require.text("text", command.text(), Require.MAX_TEXT);
        requireFeedbackFits(command.kind(), command.feedback(), proposals);
        Require.instant("loggedAt", command.loggedAt());
        Instant now = clock.instant();
        if (command.loggedAt() != null && command.loggedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw invalid("loggedAt", "the time it was logged, " + command.loggedAt() + ", is in the future (the "
                    + "server's time is " + now + "); is the device's clock right?");
        }
        SealedContributor sealedContributor = contributor == null ? null
                : personalData.seal(command.contributionId(), contributor);
        SealedText personalText = command.personalText()
                ? personalData.seal(command.contributionId(), command.text(),
                                    sealedContributor == null ? null : sealedContributor.keyId())
                : null;
        apply(new ContributionRecorded(visitId, municipalityCode, command.contributionId(), command.kind(),
                                       personalText == null ? command.text() : null, command.sector(), now,
                                       command.feedback(), command.loggedAt(), sealedContributor, personalText));
        return Outcome.APPLIED;
    }

    /**
     * Tagging is analysts' work and goes on after a visit is concluded. A theme merged since the client last looked
     * is tagged as the theme it went into; a retired theme is refused.
     */
    @CommandHandler
    public Outcome handle(TagContribution command, ThemeCatalogue themes, Clock clock) {
        Contribution contribution = contribution(command.contributionId());
        List<String> given = Require.ids("themeIds", command.themeIds());
        if (given.size() > MAX_THEMES) {
            throw invalid("themeIds", "at most " + MAX_THEMES + " themes on one contribution");
        }
        List<String> resolved = new ArrayList<>();
        for (String themeId : given) {
            CataloguedTheme theme = themes.resolve(themeId)
                    .orElseThrow(() -> invalid("themeIds", "no theme with id " + themeId));
            if (theme.status() == ThemeStatus.RETIRED) {
                throw conflict("themeIds", "theme " + theme.themeId() + " is retired and no longer used for tagging");
            }
            if (!resolved.contains(theme.themeId())) {
                resolved.add(theme.themeId());
            }
        }
        if (contribution.isTaggedWithExactly(resolved)) {
            return Outcome.UNCHANGED;
        }
        if (contribution.isRetracted()) {
            throw conflict("contributionId", "contribution " + command.contributionId()
                    + " is retracted and cannot be tagged");
        }
        apply(new ContributionTagged(visitId, municipalityCode, command.contributionId(), List.copyOf(resolved),
                                     clock.instant()));
        return Outcome.APPLIED;
    }

    /** A text marked personal is sealed under the contributor's key, or the key its earlier personal text had. */
    @CommandHandler
    public Outcome handle(AmendContribution command, Clock clock, PersonalData personalData) {
        Contribution contribution = contribution(command.contributionId());
        if (contribution.hasText(command.text(), command.personalText(), personalData)) {
            return Outcome.UNCHANGED;
        }
        if (contribution.isRetracted()) {
            throw conflict("contributionId", "contribution " + command.contributionId()
                    + " is retracted and cannot be amended");
        }
        requireOpen();
        Require.text("text", command.text(), Require.MAX_TEXT);
        SealedText personalText = command.personalText()
                ? personalData.seal(command.contributionId(), command.text(), contribution.keyId())
                : null;
        apply(new ContributionAmended(visitId, municipalityCode, command.contributionId(),
                                      personalText == null ? command.text() : null, clock.instant(), personalText));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RetractContribution command, Clock clock) {
        if (contribution(command.contributionId()).isRetracted()) {
            return Outcome.UNCHANGED;
        }
        requireOpen();
        Require.text("reason", command.reason(), Require.MAX_TEXT);
        apply(new ContributionRetracted(visitId, municipalityCode, command.contributionId(), command.reason(),
                                        clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RecordAttendance command, Clock clock) {
        Map<Sector, Integer> participants = new EnumMap<>(Sector.class);
        if (command.participants() != null) {
            command.participants().forEach((sector, count) -> {
                if (sector == null) {
                    throw invalid("participants", "every count needs a sector");
                }
                if (count == null || count < 0 || count > MAX_PARTICIPANTS) {
                    throw invalid("participants." + sector, "a count of participants is a whole number from 0 to "
                            + MAX_PARTICIPANTS);
                }
                if (count > 0) {
                    participants.put(sector, count);
                }
            });
        }
        if (attendance.equals(participants)) {
            return Outcome.UNCHANGED;
        }
        requireOpen();
        apply(new AttendanceRecorded(visitId, municipalityCode, participants, clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(ConcludeVisit command, Clock clock) {
        VisitSummary given = command.summary();
        if (concluded) {
            if (Objects.equals(summary, given)) {
                return Outcome.UNCHANGED;
            }
            throw conflict("summary", "the visit is already concluded; reopen it to change its summary");
        }
        if (given == null) {
            throw invalid("summary", "a visit is concluded with its summary");
        }
        List<String> fields = Arrays.asList(given.done(), given.gained(), given.learned(),
                                                      given.wisestNext(), given.needs(), given.nextStep(),
                                                      given.strengths());
        if (fields.stream().allMatch(field -> field == null || field.isBlank())) {
            throw invalid("summary", "write at least one of the seven reflections before concluding");
        }
        String[] names = {"done", "gained", "learned", "wisestNext", "needs", "nextStep", "strengths"};
        for (int i = 0; i < names.length; i++) {
            Require.optionalText(names[i], fields.get(i), Require.MAX_TEXT);
        }
        apply(new VisitConcluded(visitId, municipalityCode, given, clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(ReopenVisit command, Clock clock) {
        if (!concluded) {
            return Outcome.UNCHANGED;
        }
        apply(new VisitReopened(visitId, municipalityCode, clock.instant()));
        return Outcome.APPLIED;
    }

    @EventSourcingHandler
    void on(VisitScheduled event) {
        visitId = event.visitId();
        municipalityCode = event.municipalityCode();
        date = event.date();
        venue = event.venue();
        hosts = List.copyOf(event.hosts());
    }

    @EventSourcingHandler
    void on(VisitJoinedTour event) {
        tourId = event.tourId();
    }

    @EventSourcingHandler
    void on(ContributionRecorded event) {
        contributions.put(event.contributionId(), new Contribution(event.contributionId(), event.kind(), event.text(),
                                                                   event.sector(), event.feedback(),
                                                                   event.loggedAt(), event.contributor(),
                                                                   event.personalText()));
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        attendance = new EnumMap<>(Sector.class);
        attendance.putAll(event.participants());
    }

    @EventSourcingHandler
    void on(VisitConcluded event) {
        concluded = true;
        summary = event.summary();
    }

    @EventSourcingHandler
    void on(VisitReopened event) {
        concluded = false;
    }

    private Contribution contribution(String contributionId) {
        Contribution contribution = contributions.get(contributionId);
        if (contribution == null) {
            throw notFound("contributionId", "visit " + visitId + " has no contribution " + contributionId);
        }
        return contribution;
    }

    private void requireOpen() {
        if (concluded) {
            throw conflict("visitId", "visit " + visitId + " is concluded; reopen it to make changes");
        }
    }

    private static RegisteredTour tourCovering(TourRegistry tours, String tourId, LocalDate date) {
        RegisteredTour tour = tours.find(tourId).orElseThrow(() -> invalid("tourId", "no tour with id " + tourId));
        if (!tour.covers(date)) {
            throw invalid("date", "the visit's date " + date + " is outside the tour " + tour.name() + " ("
                    + tour.startDate() + " to " + tour.endDate() + ")");
        }
        return tour;
    }

    /** Feedback is what a kommun says about a proposal: only a FEEDBACK contribution has it, and it must have it. */
    private static void requireFeedbackFits(ContributionKind kind, ProposalFeedback feedback,
                                            ProposalRegistry proposals) {
        if (kind != ContributionKind.FEEDBACK) {
            if (feedback != null) {
                throw invalid("feedback", "only a FEEDBACK contribution is about a proposal");
            }
            return;
        }
        if (feedback == null) {
            throw invalid("feedback", "a FEEDBACK contribution names the proposal it is about and the stance");
        }
        Require.id("feedback.proposalId", feedback.proposalId());
        if (feedback.stance() == null) {
            throw invalid("feedback.stance", "must be SUPPORT, CONCERN or AMENDMENT");
        }
        if (proposals.find(feedback.proposalId()).isEmpty()) {
            throw invalid("feedback.proposalId", "no proposal with id " + feedback.proposalId());
        }
    }
}
