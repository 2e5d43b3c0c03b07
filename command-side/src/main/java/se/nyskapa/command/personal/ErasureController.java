package se.nyskapa.command.personal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.personal.ErasePerson;
import se.nyskapa.personal.ErasureResult;

/** Erasure of a person's data on request (GDPR art. 17): an administrator's act. */
@RestController
@RequestMapping("/api/admin/erasures")
@Tag(name = "Personal data")
class ErasureController {

    private final CommandGateway commands;

    ErasureController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Surrounding space, as an address pasted from a mail often has, is no part of it. */
    record ErasureRequest(@NotBlank @Size(max = 254) @Email(message = "must be an e-mail address, such as "
            + "namn@kommun.se") String email) {

        ErasureRequest {
            email = email == null ? null : email.strip();
        }
    }

    @PostMapping
    @Operation(summary = "Erase the person with this e-mail address: their key is destroyed, and from then on their "
            + "name, e-mail, organisation and every text marked personal read [raderad] everywhere; 404 when no one "
            + "is known by the address")
    ErasureResult erase(@Valid @RequestBody ErasureRequest request) {
        return commands.sendAndWait(new ErasePerson(request.email()));
    }
}
