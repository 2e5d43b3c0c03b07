package se.nyskapa.command.visit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.nyskapa.region.Region;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.RecordAttendance;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ReopenVisit;
import se.nyskapa.visit.RetractContribution;
import se.nyskapa.visit.ScheduleVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitSummary;

import java.time.Clock;
import java.time.LocalDate;
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

    static final int MAX_TEXT = 4_000;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_PARTICIPANTS = 100_000;
    static final int MAX_ID = 64;

    @AggregateIdentifier
    private String visitId;
    private String municipalityCode;
    private LocalDate date;
    private String venue;
    private List<String> hosts;
    private boolean concluded;
    private VisitSummary summary;
    private Map<Sector, Integer> attendance = new EnumMap<>(Sector.class);
    @AggregateMember
    private Map<String, Contribution> contributions = new HashMap<>();

    Visit() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(ScheduleVisit command, Region region, Clock clock) {
        List<String> givenHosts = command.hosts() == null ? List.of() : command.hosts();
        if (visitId != null) {
            if (municipalityCode.equals(command.municipalityCode()) && date.equals(command.date())
                    && venue.equals(command.venue()) && hosts.equals(givenHosts)) {
                return Outcome.UNCHANGED;
            }
            throw conflict("visitId", "visit " + visitId + " is already scheduled with other details");
        }
        requireText("visitId", command.visitId(), MAX_ID);
        if (region.municipality(command.municipalityCode()).isEmpty()) {
            throw invalid("municipalityCode", "no kommun with code " + command.municipalityCode() + " in "
                    + region.name());
        }
        if (command.date() == null) {
            throw invalid("date", "a visit needs a date");
        }
        requireText("venue", command.venue(), MAX_SHORT_TEXT);
        for (String host : givenHosts) {
            requireText("hosts", host, MAX_SHORT_TEXT);
        }
        apply(new VisitScheduled(command.visitId(), command.municipalityCode(), command.date(), command.venue(),
                                 List.copyOf(givenHosts), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RecordContribution command, ContributionRegistry registry, Clock clock) {
        requireText("contributionId", command.contributionId(), MAX_ID);
        Contribution existing = contributions.get(command.contributionId());
        if (existing != null) {
            if (existing.wasRecordedAs(command.kind(), command.text(), command.sector())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("contributionId", "contribution " + command.contributionId()
                    + " was already recorded with other content");
        }
        registry.visitOf(command.contributionId()).ifPresent(otherVisit -> {
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
        requireText("text", command.text(), MAX_TEXT);
        apply(new ContributionRecorded(visitId, municipalityCode, command.contributionId(), command.kind(),
                                       command.text(), command.sector(), clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(AmendContribution command, Clock clock) {
        Contribution contribution = contribution(command.contributionId());
        if (Objects.equals(contribution.text(), command.text())) {
            return Outcome.UNCHANGED;
        }
        if (contribution.isRetracted()) {
            throw conflict("contributionId", "contribution " + command.contributionId()
                    + " is retracted and cannot be amended");
        }
        requireOpen();
        requireText("text", command.text(), MAX_TEXT);
        apply(new ContributionAmended(visitId, municipalityCode, command.contributionId(), command.text(),
                                      clock.instant()));
        return Outcome.APPLIED;
    }

    @CommandHandler
    public Outcome handle(RetractContribution command, Clock clock) {
        if (contribution(command.contributionId()).isRetracted()) {
            return Outcome.UNCHANGED;
        }
        requireOpen();
        requireText("reason", command.reason(), MAX_TEXT);
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
            if (fields.get(i) != null && fields.get(i).length() > MAX_TEXT) {
                throw invalid(names[i], "at most " + MAX_TEXT + " characters");
            }
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
    void on(ContributionRecorded event) {
        contributions.put(event.contributionId(),
                          new Contribution(event.contributionId(), event.kind(), event.text(), event.sector()));
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

    private static void requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "must not be empty");
        }
        if (text.length() > maxLength) {
            throw invalid(field, "at most " + maxLength + " characters (got " + text.length() + ")");
        }
    }
}
