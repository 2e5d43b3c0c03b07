package se.nyskapa.query;

import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The events of one visit to one kommun. */
public record VisitEvents(String visitId, String municipalityCode) {

    private static final Instant PLANNED_AT = Instant.parse("2015-10-01T08:00:00Z");

    public VisitScheduled scheduled(LocalDate date, String venue, String... hosts) {
        return new VisitScheduled(visitId, municipalityCode, date, venue, List.of(hosts), PLANNED_AT);
    }

    public ContributionRecorded recorded(String contributionId, ContributionKind kind, Sector sector, String text,
                                         Instant at) {
        return new ContributionRecorded(visitId, municipalityCode, contributionId, kind, text, sector, at);
    }

    public ContributionAmended amended(String contributionId, String text, Instant at) {
        return new ContributionAmended(visitId, municipalityCode, contributionId, text, at);
    }

    public ContributionRetracted retracted(String contributionId, String reason, Instant at) {
        return new ContributionRetracted(visitId, municipalityCode, contributionId, reason, at);
    }

    public AttendanceRecorded attendance(Map<Sector, Integer> participants, Instant at) {
        return new AttendanceRecorded(visitId, municipalityCode, participants, at);
    }

    public VisitConcluded concluded(VisitSummary summary, Instant at) {
        return new VisitConcluded(visitId, municipalityCode, summary, at);
    }

    public VisitReopened reopened(Instant at) {
        return new VisitReopened(visitId, municipalityCode, at);
    }
}
