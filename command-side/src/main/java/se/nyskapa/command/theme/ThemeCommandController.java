package se.nyskapa.command.theme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import se.nyskapa.region.Region;
import se.nyskapa.theme.DefineTheme;
import se.nyskapa.theme.MergeTheme;
import se.nyskapa.theme.RenameTheme;
import se.nyskapa.theme.RetireTheme;

import java.net.URI;

/** Theme curation for the region this service serves: its taxonomy is the region's. */
@RestController
@RequestMapping("/api/themes")
@Validated
@Tag(name = "Themes (commands)")
class ThemeCommandController {

    private static final String ID = Accepted.ID;
    private static final String ID_MESSAGE = Accepted.ID_MESSAGE;

    private final CommandGateway commands;
    private final Region region;

    ThemeCommandController(CommandGateway commands, Region region) {
        this.commands = commands;
        this.region = region;
    }

    record DefineThemeRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String themeId,
                              @NotBlank @PlainText String name) {
    }

    record RenameRequest(@NotBlank @PlainText String name) {
    }

    record MergeRequest(@NotNull @Pattern(regexp = ID, message = ID_MESSAGE) String intoThemeId) {
    }

    @PostMapping
    @Operation(summary = "Define a theme; 201 when new, 200 for an identical repeat")
    ResponseEntity<Accepted> define(@Valid @RequestBody DefineThemeRequest request) {
        return Accepted.created(URI.create("/api/themes/" + request.themeId()), request.themeId(),
                                commands.sendAndWait(new DefineTheme(region.code(), request.themeId(),
                                                                     request.name())));
    }

    @PutMapping("/{themeId}/name")
    @Operation(summary = "Rename a theme; every view shows the new name")
    Accepted rename(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String themeId,
                    @Valid @RequestBody RenameRequest request) {
        return new Accepted(themeId, commands.sendAndWait(new RenameTheme(region.code(), themeId, request.name())));
    }

    @PostMapping("/{themeId}/merge")
    @Operation(summary = "Merge a theme into another: its contributions and proposals count under the other from now on")
    Accepted merge(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String themeId,
                   @Valid @RequestBody MergeRequest request) {
        return new Accepted(themeId, commands.sendAndWait(
                new MergeTheme(region.code(), themeId, request.intoThemeId())));
    }

    @PostMapping("/{themeId}/retirement")
    @Operation(summary = "Retire a theme: no longer offered for tagging; existing tags stay")
    Accepted retire(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String themeId) {
        return new Accepted(themeId, commands.sendAndWait(new RetireTheme(region.code(), themeId)));
    }
}
