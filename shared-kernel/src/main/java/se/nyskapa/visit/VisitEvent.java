package se.nyskapa.visit;

/**
 * Everything that happens to a visit. Every event names the visit's kommun so that projections
 * keyed by kommun need no lookup, and so that a processor can route a kommun's events to one segment.
 */
public sealed interface VisitEvent permits VisitScheduled, ContributionEvent, AttendanceRecorded, VisitConcluded,
        VisitReopened, VisitJoinedTour {

    String visitId();

    String municipalityCode();
}
