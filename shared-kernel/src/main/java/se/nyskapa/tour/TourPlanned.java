package se.nyskapa.tour;

import java.time.Instant;
import java.time.LocalDate;

/** A round of visits (kalasturné, dialogrunda), planned between two dates. */
public record TourPlanned(String tourId, String name, LocalDate startDate, LocalDate endDate, Instant plannedAt) {
}
