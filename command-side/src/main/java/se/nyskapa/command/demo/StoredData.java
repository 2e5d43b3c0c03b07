package se.nyskapa.command.demo;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.nyskapa.region.Region;
import se.nyskapa.region.SeedTheme;
import se.nyskapa.theme.ThemeDefined;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the event store already holds, asked of the events themselves so that the answer is the same on every event
 * store (Axon Server included) and for every kind of data. Every start defines the region's seed themes, so those
 * events alone are no data. Anything else is: a tour, visit, proposal or programme, and also a theme an analyst
 * defined, renamed, merged or retired, since the demo tags with the seed themes as they were seeded.
 */
class StoredData {

    private final EventStore events;
    /** Each seed theme's name by its id. */
    private final Map<String, String> seedThemes;

    StoredData(EventStore events, Region region) {
        this.events = events;
        this.seedThemes = region.themes().stream().collect(Collectors.toUnmodifiableMap(SeedTheme::themeId,
                                                                                        SeedTheme::name));
    }

    /**
     * The first event that is data, described for a log line; empty for a store that is empty but for its seed
     * themes. Reads from the start only as far as that event, so a store with data answers at once.
     */
    Optional<String> first() {
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                EventMessage<?> event = stream.nextAvailable();
                if (!isSeedTheme(event)) {
                    return Optional.of(describe(event));
                }
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event store", e);
        }
    }

    private boolean isSeedTheme(EventMessage<?> event) {
        if (!ThemeDefined.class.equals(event.getPayloadType())) {
            return false;
        }
        ThemeDefined theme = (ThemeDefined) event.getPayload();
        return theme.name().equals(seedThemes.get(theme.themeId()));
    }

    private static String describe(EventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName();
        return event instanceof DomainEventMessage<?> domain ? type + " of " + domain.getAggregateIdentifier() : type;
    }
}
