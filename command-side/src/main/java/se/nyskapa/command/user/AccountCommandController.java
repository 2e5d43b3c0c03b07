package se.nyskapa.command.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nyskapa.security.Role;
import se.nyskapa.security.account.AccountView;
import se.nyskapa.security.account.Accounts;

import java.net.URI;
import java.util.List;

/**
 * Administrators manage the local accounts. Not commands to an aggregate: a password hash has no place in an event
 * that is kept forever; each change is logged with who made it.
 */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Users (administration)")
class AccountCommandController {

    private static final Logger log = LoggerFactory.getLogger(AccountCommandController.class);

    private final Accounts accounts;
    private final CurrentUser currentUser;

    AccountCommandController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    record NewAccount(@NotNull String username, @NotNull String password, @NotNull List<Role> roles) {
    }

    record RolesRequest(@NotNull List<Role> roles) {
    }

    record PasswordRequest(@NotNull String password) {
    }

    record EnabledRequest(@NotNull Boolean enabled) {
    }

    @PostMapping
    @Operation(summary = "Create a user with a password (12 characters or more) and one or more roles")
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request) {
        AccountView created = accounts.create(request.username(), request.password(), request.roles());
        log.info("{} created the user {} with the roles {}", currentUser.name(), created.username(), created.roles());
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @PutMapping("/{username}/roles")
    @Operation(summary = "Give a user exactly these roles")
    AccountView changeRoles(@PathVariable String username, @Valid @RequestBody RolesRequest request) {
        AccountView changed = accounts.changeRoles(username, request.roles());
        log.info("{} gave the user {} the roles {}", currentUser.name(), username, changed.roles());
        return changed;
    }

    @PutMapping("/{username}/password")
    @Operation(summary = "Set a user's password")
    ResponseEntity<Void> changePassword(@PathVariable String username, @Valid @RequestBody PasswordRequest request) {
        accounts.changePassword(username, request.password());
        log.info("{} set the password of the user {}", currentUser.name(), username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{username}/enabled")
    @Operation(summary = "Let a user sign in, or stop them (their past work keeps their name)")
    AccountView enable(@PathVariable String username, @Valid @RequestBody EnabledRequest request) {
        AccountView changed = accounts.enable(username, request.enabled());
        log.info("{} {} the user {}", currentUser.name(), request.enabled() ? "enabled" : "disabled", username);
        return changed;
    }
}
