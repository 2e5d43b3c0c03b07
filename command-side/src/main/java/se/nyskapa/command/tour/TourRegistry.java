package se.nyskapa.command.tour;

import java.time.LocalDate;
import java.util.Optional;

/** The tours that exist and their dates, for visits that join one. */
public interface TourRegistry {

    Optional<RegisteredTour> find(String tourId);

    record RegisteredTour(String tourId, String name, LocalDate startDate, LocalDate endDate) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(startDate) && !date.isAfter(endDate);
        }
    }
}
