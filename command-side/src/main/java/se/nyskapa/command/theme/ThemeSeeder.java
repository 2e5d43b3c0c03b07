package se.nyskapa.command.theme;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.nyskapa.history.UserMetadata;
import se.nyskapa.region.Region;
import se.nyskapa.theme.SeedThemes;
import se.nyskapa.visit.Outcome;

/**
 * Gives the region's taxonomy its seed themes from the region's data file. Sent at every start: the taxonomy
 * defines only the seed themes it has never had, so curation done since is kept. No user sends it: its events name
 * the platform itself.
 */
@Component
public class ThemeSeeder {

    private static final Logger log = LoggerFactory.getLogger(ThemeSeeder.class);

    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;
    private final Region region;

    ThemeSeeder(CommandGateway commands, Region region) {
        this.commands = commands;
        this.region = region;
    }

    /** Two command-side instances starting together may race; the loser's second try finds the themes there. */
    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = commands.sendAndWait(new SeedThemes(region.code(), region.themes()),
                                                       MetaData.with(UserMetadata.KEY, UserMetadata.SYSTEM));
                if (outcome == Outcome.APPLIED) {
                    log.info("Seeded the theme taxonomy of {} from its region file", region.name());
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Seeding the theme taxonomy failed ({}); trying again", e.getMessage());
            }
        }
    }
}
