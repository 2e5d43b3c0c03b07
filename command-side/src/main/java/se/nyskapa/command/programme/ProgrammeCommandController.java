package se.nyskapa.command.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.command.web.Accepted;
import se.nyskapa.command.web.PlainText;
import se.nyskapa.programme.AddFocusArea;
import se.nyskapa.programme.AdoptProgramme;
import se.nyskapa.programme.PlaceProposal;
import se.nyskapa.programme.PublishDraft;
import se.nyskapa.programme.RemoveProposal;
import se.nyskapa.programme.RenameFocusArea;
import se.nyskapa.programme.StartProgramme;

import java.net.URI;

@RestController
@RequestMapping("/api/programmes")
@Validated
@Tag(name = "Programmes (commands)")
class ProgrammeCommandController {

    private static final String ID = Accepted.ID;
    private static final String ID_MESSAGE = Accepted.ID_MESSAGE;

    private final CommandGateway commands;

    ProgrammeCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record StartRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId,
                        @NotBlank @PlainText String name, @NotNull Integer horizonYear) {
    }

    record FocusAreaRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String focusAreaId,
                            @NotBlank @PlainText String name) {
    }

    record RenameRequest(@NotBlank @PlainText String name) {
    }

    record PlacementRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                            @NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String focusAreaId) {
    }

    record PublishRequest(@PlainText String note) {
    }

    @PostMapping
    @Operation(summary = "Start an innovation programme with its horizon year; 201 when new, 200 for an identical repeat")
    ResponseEntity<Accepted> start(@Valid @RequestBody StartRequest request) {
        return Accepted.created(URI.create("/api/programmes/" + request.programmeId()), request.programmeId(),
                                commands.sendAndWait(new StartProgramme(request.programmeId(), request.name(),
                                                                        request.horizonYear())));
    }

    @PostMapping("/{programmeId}/focus-areas")
    @Operation(summary = "Add a focus area (insatsområde)")
    ResponseEntity<Accepted> addFocusArea(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId,
                                          @Valid @RequestBody FocusAreaRequest request) {
        return Accepted.created(URI.create("/api/programmes/" + programmeId + "/focus-areas/" + request.focusAreaId()),
                                request.focusAreaId(), commands.sendAndWait(
                        new AddFocusArea(programmeId, request.focusAreaId(), request.name())));
    }

    @PutMapping("/{programmeId}/focus-areas/{focusAreaId}/name")
    @Operation(summary = "Rename a focus area")
    Accepted renameFocusArea(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId,
                             @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String focusAreaId,
                             @Valid @RequestBody RenameRequest request) {
        return new Accepted(focusAreaId, commands.sendAndWait(
                new RenameFocusArea(programmeId, focusAreaId, request.name())));
    }

    @PostMapping("/{programmeId}/placements")
    @Operation(summary = "Place a proposal in a focus area, or move it there from another")
    Accepted place(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId,
                   @Valid @RequestBody PlacementRequest request) {
        return new Accepted(request.proposalId(), commands.sendAndWait(
                new PlaceProposal(programmeId, request.proposalId(), request.focusAreaId())));
    }

    @DeleteMapping("/{programmeId}/placements/{proposalId}")
    @Operation(summary = "Take a proposal out of the programme")
    Accepted remove(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId,
                    @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId) {
        return new Accepted(proposalId, commands.sendAndWait(new RemoveProposal(programmeId, proposalId)));
    }

    record Published(String programmeId, int version) {
    }

    @PostMapping("/{programmeId}/versions")
    @Operation(summary = "Publish the draft as its next numbered version, with a note; refused when nothing changed")
    ResponseEntity<Published> publish(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId,
                                      @Valid @RequestBody PublishRequest request) {
        int version = commands.sendAndWait(new PublishDraft(programmeId, request.note()));
        return ResponseEntity.created(URI.create("/api/programmes/" + programmeId + "/versions/" + version))
                             .body(new Published(programmeId, version));
    }

    @PostMapping("/{programmeId}/adoption")
    @Operation(summary = "Adopt the programme as its last published version")
    Accepted adopt(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String programmeId) {
        return new Accepted(programmeId, commands.sendAndWait(new AdoptProgramme(programmeId)));
    }
}
