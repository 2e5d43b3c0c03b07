package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** @param tourId the tour the visit is part of, or {@code null} */
public record ScheduleVisit(@TargetAggregateIdentifier String visitId, String municipalityCode, LocalDate date,
                            String venue, List<String> hosts, String tourId) {

    public ScheduleVisit(String visitId, String municipalityCode, LocalDate date, String venue, List<String> hosts) {
        this(visitId, municipalityCode, date, venue, hosts, null);
    }
}
