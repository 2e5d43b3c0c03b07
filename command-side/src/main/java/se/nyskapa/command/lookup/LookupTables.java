package se.nyskapa.command.lookup;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.common.stream.BlockingStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Keeps the lookup tables in step with the code that writes them. The tables carry a schema version; when the code
 * expects another (a lookup was added or changed), every table is dropped, created again and filled by replaying the
 * whole event store through the lookups' handlers, in one transaction, before the first command is taken.
 */
public class LookupTables {

    public static final String PROCESSING_GROUP = "lookups";

    /** Raise when a lookup table is added or changes shape: the next start rebuilds them all from the events. */
    static final int SCHEMA_VERSION = 2;

    private static final Logger log = LoggerFactory.getLogger(LookupTables.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EventStore events;
    private final List<? extends LookupTable> tables;

    public LookupTables(JdbcClient jdbc, TransactionTemplate transaction, EventStore events,
                        List<? extends LookupTable> tables) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.tables = List.copyOf(tables);
    }

    public void prepare() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("CREATE TABLE IF NOT EXISTS lookup_schema (version INT NOT NULL)").update();
            int stored = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM lookup_schema").query(Integer.class).single();
            if (stored == SCHEMA_VERSION) {
                tables.forEach(LookupTable::create);
                return;
            }
            tables.forEach(LookupTable::drop);
            tables.forEach(LookupTable::create);
            long replayed = replay();
            jdbc.sql("DELETE FROM lookup_schema").update();
            jdbc.sql("INSERT INTO lookup_schema (version) VALUES (?)").param(SCHEMA_VERSION).update();
            log.info("Lookup tables at schema version {} (was {}), rebuilt from {} events", SCHEMA_VERSION, stored,
                     replayed);
        });
    }

    private long replay() {
        List<AnnotationEventHandlerAdapter> handlers = tables.stream().map(table -> new AnnotationEventHandlerAdapter(
                table, ClasspathParameterResolverFactory.forClass(table.getClass()))).toList();
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                EventMessage<?> event = stream.nextAvailable();
                DefaultUnitOfWork.startAndGet(event).execute(() -> handlers.forEach(handler -> handle(handler, event)));
                count++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the lookup tables", e);
        }
        return count;
    }

    private static void handle(AnnotationEventHandlerAdapter handler, EventMessage<?> event) {
        try {
            if (handler.canHandle(event)) {
                handler.handle(event);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not rebuild a lookup table from event " + event.getIdentifier(), e);
        }
    }
}
