package se.nyskapa.command.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.command.web.Accepted;
import se.nyskapa.command.web.PlainText;
import se.nyskapa.personal.Contributor;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionKind;
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
import se.nyskapa.visit.VisitSummary;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The visit commands over HTTP. Shape is checked here (types, required fields); every rule that depends on the
 * visit's state lives in {@link Visit}.
 */
@RestController
@RequestMapping("/api/visits")
@Validated
@Tag(name = "Visits (commands)")
class VisitCommandController {

    private static final String ID = Accepted.ID;
    private static final String ID_MESSAGE = Accepted.ID_MESSAGE;

    private final CommandGateway commands;

    VisitCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record ScheduleVisitRequest(@Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                                @NotBlank String municipalityCode, @NotNull LocalDate date,
                                @NotBlank @PlainText String venue, List<@NotBlank @PlainText String> hosts,
                                @Pattern(regexp = ID, message = ID_MESSAGE) String tourId) {
    }

    /**
     * {@code feedback} only for kind FEEDBACK: the proposal the contribution is about and the kommun's stance.
     * {@code loggedAt}, optional: when the device took it down, if that may be long before it reaches the server.
     * {@code contributor}, optional: who said it, with their consent; {@code personalText}: the text holds personal
     * data. Both are sealed under the person's key before they are stored, and erased with it.
     */
    record ContributionRequest(@NotNull ContributionKind kind, @NotNull @PlainText String text, @NotNull Sector sector,
                               ProposalFeedback feedback,
                               @Schema(description = "when the device took it down (ISO 8601); at most a few "
                                       + "minutes ahead of the server's clock", example = "2015-11-12T09:41:07.250Z")
                               Instant loggedAt,
                               @Valid ContributorRequest contributor,
                               @Schema(description = "the text holds personal data (a name, a health detail): it is "
                                       + "sealed like the contributor's details, erased with them, and not searchable "
                                       + "by its words") Boolean personalText) {

        Contributor contributorGiven() {
            return contributor == null ? null : new Contributor(contributor.name(), contributor.email(),
                                                                contributor.organisation(), contributor.consent());
        }
    }

    @Schema(description = "who said it; kept only with their consent (consent must be true); name and organisation "
            + "at most 200 characters, e-mail at most 254; the same e-mail address is the same person, whose details "
            + "are erased together")
    record ContributorRequest(@PlainText String name,
                              @PlainText @Email(message = "must be an e-mail address, such as namn@kommun.se")
                              String email,
                              @PlainText String organisation, Boolean consent) {

        /** Surrounding space is no part of an address (the visit strips every detail). */
        ContributorRequest {
            email = email == null ? null : email.strip();
        }
    }

    record ThemesRequest(@NotNull List<@NotNull String> themeIds) {
    }

    record TourRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String tourId) {
    }

    record AmendmentRequest(@NotNull @PlainText String text,
                            @Schema(description = "the new text holds personal data: it is sealed under the "
                                    + "contributor's key") Boolean personalText) {
    }

    record RetractionRequest(@NotNull @PlainText String reason) {
    }

    record AttendanceRequest(@NotNull Map<Sector, Integer> participants) {
    }

    /** The seven reflections of {@link VisitSummary}, each plain text. */
    record SummaryRequest(@PlainText String done, @PlainText String gained, @PlainText String learned,
                          @PlainText String wisestNext, @PlainText String needs, @PlainText String nextStep,
                          @PlainText String strengths) {

        VisitSummary summary() {
            return new VisitSummary(done, gained, learned, wisestNext, needs, nextStep, strengths);
        }
    }

    @PostMapping
    @Operation(summary = "Schedule a visit to a kommun; 201 when new, 200 for an identical repeat")
    ResponseEntity<Accepted> schedule(@Valid @RequestBody ScheduleVisitRequest request) {
        String visitId = request.visitId() == null ? UUID.randomUUID().toString() : request.visitId();
        Outcome outcome = commands.sendAndWait(new ScheduleVisit(visitId, request.municipalityCode(), request.date(),
                                                                 request.venue(), request.hosts(), request.tourId()));
        return Accepted.created(URI.create("/api/visits/" + visitId), visitId, outcome);
    }

    @PutMapping("/{visitId}/contributions/{contributionId}")
    @Operation(summary = "Record a contribution under a client-chosen id; 201 when new, 200 for an identical repeat")
    ResponseEntity<Accepted> record(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                                    @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String contributionId,
                                    @Valid @RequestBody ContributionRequest request) {
        Outcome outcome = commands.sendAndWait(new RecordContribution(visitId, contributionId, request.kind(),
                                                                      request.text(), request.sector(),
                                                                      request.feedback(), request.loggedAt(),
                                                                      request.contributorGiven(),
                                                                      Boolean.TRUE.equals(request.personalText())));
        return Accepted.created(URI.create("/api/visits/" + visitId + "/contributions/" + contributionId),
                                contributionId, outcome);
    }

    @PutMapping("/{visitId}/contributions/{contributionId}/themes")
    @Operation(summary = "Tag a contribution with exactly these themes (an empty list removes every tag)")
    Accepted tag(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                 @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String contributionId,
                 @Valid @RequestBody ThemesRequest request) {
        return new Accepted(contributionId, commands.sendAndWait(
                new TagContribution(visitId, contributionId, request.themeIds())));
    }

    @PutMapping("/{visitId}/tour")
    @Operation(summary = "Make the visit part of a tour (moving it from another tour, if it was in one)")
    Accepted joinTour(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                      @Valid @RequestBody TourRequest request) {
        return new Accepted(visitId, commands.sendAndWait(new JoinTour(visitId, request.tourId())));
    }

    @PostMapping("/{visitId}/contributions/{contributionId}/amendment")
    @Operation(summary = "Amend a contribution's text; the earlier text stays in its history")
    Accepted amend(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                   @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String contributionId,
                   @Valid @RequestBody AmendmentRequest request) {
        return new Accepted(contributionId, commands.sendAndWait(
                new AmendContribution(visitId, contributionId, request.text(),
                                      Boolean.TRUE.equals(request.personalText()))));
    }

    @PostMapping("/{visitId}/contributions/{contributionId}/retraction")
    @Operation(summary = "Retract a contribution, with a reason")
    Accepted retract(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                     @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String contributionId,
                     @Valid @RequestBody RetractionRequest request) {
        return new Accepted(contributionId, commands.sendAndWait(
                new RetractContribution(visitId, contributionId, request.reason())));
    }

    @PutMapping("/{visitId}/attendance")
    @Operation(summary = "Record how many took part, per sector")
    Accepted attendance(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                        @Valid @RequestBody AttendanceRequest request) {
        return new Accepted(visitId, commands.sendAndWait(new RecordAttendance(visitId, request.participants())));
    }

    @PostMapping("/{visitId}/conclusion")
    @Operation(summary = "Conclude the visit with the seven reflections of its summary")
    Accepted conclude(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId,
                      @Valid @RequestBody SummaryRequest request) {
        return new Accepted(visitId, commands.sendAndWait(new ConcludeVisit(visitId, request.summary())));
    }

    @PostMapping("/{visitId}/reopening")
    @Operation(summary = "Reopen a concluded visit")
    Accepted reopen(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String visitId) {
        return new Accepted(visitId, commands.sendAndWait(new ReopenVisit(visitId)));
    }
}
