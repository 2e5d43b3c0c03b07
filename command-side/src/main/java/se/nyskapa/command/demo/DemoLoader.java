package se.nyskapa.command.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import se.nyskapa.command.theme.ThemeSeeder;
import se.nyskapa.region.Region;
import se.nyskapa.visit.ContributionKind;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code --nyskapa.demo=true}: once the platform is ready, fills an empty store with the fictional demo tour by
 * sending commands, as a user of the API would; on a store that holds data it does nothing and says so. A command
 * that is refused stops the start.
 */
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoProperties properties;
    private final ThemeSeeder themes;
    private final StoredData stored;
    private final Region region;
    private final CommandGateway commands;

    DemoLoader(DemoProperties properties, ThemeSeeder themes, StoredData stored, Region region,
               CommandGateway commands) {
        this.properties = properties;
        this.themes = themes;
        this.stored = stored;
        this.region = region;
        this.commands = commands;
    }

    /**
     * The demo tags with the seed themes, so it seeds them itself first rather than depend on the order in which
     * Spring runs the listeners of the ready event; seeding twice changes nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!properties.demo()) {
            return;
        }
        themes.seed();
        Optional<String> data = stored.first();
        if (data.isPresent()) {
            log.info("Demo data not loaded: the store already holds data (first: {}); --nyskapa.demo=true only fills "
                             + "an empty store", data.get());
            return;
        }
        DemoData demo = DemoData.read();
        if (!demo.region().equals(region.code())) {
            throw new IllegalStateException("The demo data is written for region " + demo.region()
                                                    + ", but this platform runs " + region.name() + " ("
                                                    + region.code() + ")");
        }
        long start = System.nanoTime();
        int sent = new DemoScript(commands).run(demo);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("Loaded the FICTIONAL demo data in {} ms ({} commands): tour '{}' with {} visits and {} contributions "
                         + "({} of them feedback on proposals, {} amended, {} retracted, {} tagged), {} proposals "
                         + "({} merged into another), programme '{}' with {} focus areas and {} published versions. "
                         + "The kommuner and places are real; what was said there, the proposals and the programme "
                         + "are made up. Every id starts with 'demo-'",
                 took.toMillis(), sent, demo.tour().name(), demo.visits().size(), demo.contributions().size(),
                 count(demo, c -> c.kind() == ContributionKind.FEEDBACK), count(demo, c -> c.amendment() != null),
                 count(demo, c -> c.retraction() != null), count(demo, c -> !c.themeIds().isEmpty()),
                 demo.proposals().size(), demo.merges().size(), demo.programme().name(),
                 demo.programme().focusAreas().size(), demo.programme().versions().size());
    }

    private static long count(DemoData demo, Predicate<DemoData.DemoContribution> which) {
        return demo.contributions().stream().filter(which).count();
    }
}
