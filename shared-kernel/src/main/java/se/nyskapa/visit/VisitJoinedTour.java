package se.nyskapa.visit;

import java.time.Instant;
import java.time.LocalDate;

/** The visit is part of a tour from now on (a visit belongs to at most one); carries what tour progress needs. */
public record VisitJoinedTour(String visitId, String municipalityCode, String tourId, LocalDate date, String venue,
                              Instant joinedAt) implements VisitEvent {
}
