package se.nyskapa.command.tour;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.nyskapa.command.Require;
import se.nyskapa.tour.PlanTour;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.visit.Outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.nyskapa.rejection.RejectedException.conflict;
import static se.nyskapa.rejection.RejectedException.invalid;

/** A round of kommun visits (kalasturné) between two dates; visits join it. */
@Aggregate(cache = "tourCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Tour {

    /** A tour is a round of visits, not a year-round programme. */
    static final int MAX_DAYS = 366;

    @AggregateIdentifier
    private String tourId;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;

    Tour() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Outcome handle(PlanTour command, Clock clock) {
        if (tourId != null) {
            if (Objects.equals(name, command.name()) && Objects.equals(startDate, command.startDate())
                    && Objects.equals(endDate, command.endDate())) {
                return Outcome.UNCHANGED;
            }
            throw conflict("tourId", "tour " + tourId + " is already planned with other details");
        }
        Require.id("tourId", command.tourId());
        Require.text("name", command.name(), Require.MAX_SHORT_TEXT);
        if (command.startDate() == null) {
            throw invalid("startDate", "a tour needs its first day");
        }
        if (command.endDate() == null) {
            throw invalid("endDate", "a tour needs its last day");
        }
        Require.date("startDate", command.startDate());
        Require.date("endDate", command.endDate());
        if (command.endDate().isBefore(command.startDate())) {
            throw invalid("endDate", "the last day comes on or after the first day");
        }
        if (command.startDate().plusDays(MAX_DAYS).isBefore(command.endDate())) {
            throw invalid("endDate", "a tour lasts at most " + MAX_DAYS + " days");
        }
        apply(new TourPlanned(command.tourId(), command.name(), command.startDate(), command.endDate(),
                              clock.instant()));
        return Outcome.APPLIED;
    }

    @EventSourcingHandler
    void on(TourPlanned event) {
        tourId = event.tourId();
        name = event.name();
        startDate = event.startDate();
        endDate = event.endDate();
    }
}
