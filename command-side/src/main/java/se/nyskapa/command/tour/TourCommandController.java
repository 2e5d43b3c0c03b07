package se.nyskapa.command.tour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.command.web.Accepted;
import se.nyskapa.command.web.PlainText;
import se.nyskapa.tour.PlanTour;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/tours")
@Tag(name = "Tours (commands)")
class TourCommandController {

    private final CommandGateway commands;

    TourCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record PlanTourRequest(@NotNull @Pattern(regexp = Accepted.ID, message = Accepted.ID_MESSAGE) String tourId,
                           @NotBlank @PlainText String name, @NotNull LocalDate startDate, @NotNull LocalDate endDate) {
    }

    @PostMapping
    @Operation(summary = "Plan a tour (kalasturné) between two dates; visits join it when scheduled or later")
    ResponseEntity<Accepted> plan(@Valid @RequestBody PlanTourRequest request) {
        return Accepted.created(URI.create("/api/tours/" + request.tourId()), request.tourId(), commands.sendAndWait(
                new PlanTour(request.tourId(), request.name(), request.startDate(), request.endDate())));
    }
}
