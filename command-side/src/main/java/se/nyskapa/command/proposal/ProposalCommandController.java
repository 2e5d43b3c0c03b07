package se.nyskapa.command.proposal;

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
import se.nyskapa.proposal.AssessProposal;
import se.nyskapa.proposal.ChangeProposalStatus;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.proposal.LinkEvidence;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.NamePilotMunicipalities;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ReviseProposal;
import se.nyskapa.proposal.SplitProposal;
import se.nyskapa.proposal.UnlinkEvidence;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/proposals")
@Validated
@Tag(name = "Proposals (commands)")
class ProposalCommandController {

    private static final String ID = Accepted.ID;
    private static final String ID_MESSAGE = Accepted.ID_MESSAGE;

    private final CommandGateway commands;

    ProposalCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record DraftRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                        @NotBlank @PlainText String title, @PlainText String description,
                        @NotBlank String themeId, @NotNull List<@NotNull String> evidence) {
    }

    record ReviseRequest(@NotBlank @PlainText String title, @PlainText String description,
                         @NotBlank String themeId) {
    }

    record EvidenceRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String contributionId) {
    }

    record AssessmentRequest(@NotNull Integer impact, @NotNull Integer feasibility,
                             @NotBlank @PlainText String rationale, @NotBlank @PlainText String assessedBy) {
    }

    record PilotsRequest(@NotNull List<@NotNull String> municipalityCodes) {
    }

    record StatusRequest(@NotNull ProposalStatus status, @PlainText String note) {
    }

    record MergeRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String mergedProposalId) {
    }

    record SplitRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String newProposalId,
                        @NotBlank @PlainText String title, @PlainText String description,
                        @NotBlank String themeId, @NotNull List<@NotNull String> evidence) {
    }

    @PostMapping
    @Operation(summary = "Draft a proposal from contributions as its evidence; 201 when new, 200 for an identical repeat")
    ResponseEntity<Accepted> draft(@Valid @RequestBody DraftRequest request) {
        return Accepted.created(URI.create("/api/proposals/" + request.proposalId()), request.proposalId(),
                                commands.sendAndWait(new DraftProposal(request.proposalId(), request.title(),
                                                                       request.description(), request.themeId(),
                                                                       request.evidence())));
    }

    @PutMapping("/{proposalId}")
    @Operation(summary = "Revise a proposal's title, description and theme")
    Accepted revise(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                    @Valid @RequestBody ReviseRequest request) {
        return new Accepted(proposalId, commands.sendAndWait(
                new ReviseProposal(proposalId, request.title(), request.description(), request.themeId())));
    }

    @PostMapping("/{proposalId}/evidence")
    @Operation(summary = "Cite one more contribution as evidence")
    Accepted link(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                  @Valid @RequestBody EvidenceRequest request) {
        return new Accepted(proposalId, commands.sendAndWait(new LinkEvidence(proposalId, request.contributionId())));
    }

    @DeleteMapping("/{proposalId}/evidence/{contributionId}")
    @Operation(summary = "Stop citing a contribution; a proposal keeps at least one")
    Accepted unlink(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                    @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String contributionId) {
        return new Accepted(proposalId, commands.sendAndWait(new UnlinkEvidence(proposalId, contributionId)));
    }

    @PostMapping("/{proposalId}/assessments")
    @Operation(summary = "Assess a proposal: impact and feasibility from 1 to 5, with a rationale")
    Accepted assess(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                    @Valid @RequestBody AssessmentRequest request) {
        return new Accepted(proposalId, commands.sendAndWait(new AssessProposal(
                proposalId, request.impact(), request.feasibility(), request.rationale(), request.assessedBy())));
    }

    @PutMapping("/{proposalId}/pilot-municipalities")
    @Operation(summary = "Name the proposal's testkommuner (exactly these)")
    Accepted pilots(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                    @Valid @RequestBody PilotsRequest request) {
        return new Accepted(proposalId, commands.sendAndWait(
                new NamePilotMunicipalities(proposalId, request.municipalityCodes())));
    }

    @PutMapping("/{proposalId}/status")
    @Operation(summary = "Move a proposal on: DRAFT, UNDER_REVIEW, INCLUDED, PARKED or REJECTED")
    Accepted status(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                    @Valid @RequestBody StatusRequest request) {
        return new Accepted(proposalId, commands.sendAndWait(
                new ChangeProposalStatus(proposalId, request.status(), request.note())));
    }

    @PostMapping("/{proposalId}/merges")
    @Operation(summary = "Merge another proposal into this one, with all its evidence")
    Accepted merge(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                   @Valid @RequestBody MergeRequest request) {
        return new Accepted(proposalId, commands.sendAndWait(
                new MergeProposals(proposalId, request.mergedProposalId())));
    }

    @PostMapping("/{proposalId}/splits")
    @Operation(summary = "Split part of this proposal's evidence off into a new proposal")
    ResponseEntity<Accepted> split(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String proposalId,
                                   @Valid @RequestBody SplitRequest request) {
        return Accepted.created(URI.create("/api/proposals/" + request.newProposalId()), request.newProposalId(),
                                commands.sendAndWait(new SplitProposal(proposalId, request.newProposalId(),
                                                                       request.title(), request.description(),
                                                                       request.themeId(), request.evidence())));
    }
}
