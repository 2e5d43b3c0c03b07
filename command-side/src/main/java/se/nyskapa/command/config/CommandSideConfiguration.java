package se.nyskapa.command.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.nyskapa.command.lookup.LookupTable;
import se.nyskapa.command.lookup.LookupTables;
import se.nyskapa.command.user.CurrentUser;
import se.nyskapa.command.user.UserOnCommands;
import se.nyskapa.history.UserMetadata;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    /** Snapshot after this many events: a busy visit holds a few hundred contributions. */
    static final int SNAPSHOT_THRESHOLD = 100;
    /** The first retry after 10 ms, doubling: eight retries wait 2.5 s in all. */
    static final int RETRY_BACKOFF_MILLIS = 10;
    static final int MAX_RETRIES = 8;

    /**
     * Each command in one database transaction: the aggregate's events, the registry check and insert, and the new
     * events share one connection and commit together. Axon's own auto-configuration orders itself after a Spring
     * Boot 3 class that Boot 4 moved, finds no transaction manager yet, and falls back to none: then every statement
     * commits alone and a command can hold one connection while waiting for another.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /**
     * Several command-side instances over one event store: two commands on one aggregate at once both load it and
     * both try to append the next event, and the store refuses the second (its stream key). Such a command is sent
     * again after a short pause, and the aggregate is then read afresh (a failed command drops it from the cache),
     * so the conflict is never the user's. Anything else fails at once: a refusal by the domain is final.
     */
    @Bean(destroyMethod = "")
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetries) {
        return DefaultCommandGateway.builder()
                                    .commandBus(commandBus)
                                    .retryScheduler(ExponentialBackOffIntervalRetryScheduler
                                                            .builder()
                                                            .retryExecutor(commandRetries)
                                                            .backoffFactor(RETRY_BACKOFF_MILLIS)
                                                            .maxRetryCount(MAX_RETRIES)
                                                            .nonTransientFailurePredicate(
                                                                    ConcurrentAppend::isFinal)
                                                            .build())
                                    .build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetries() {
        return Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Axon's auto-configuration registers every command dispatch interceptor bean on the command gateway. */
    @Bean
    UserOnCommands userOnCommands(CurrentUser currentUser) {
        return new UserOnCommands(currentUser);
    }

    /** The user named in a command's metadata goes onto every event the command produces. */
    @Bean
    CorrelationDataProvider userCorrelation() {
        return new SimpleCorrelationDataProvider(UserMetadata.KEY);
    }

    /**
     * Axon's default correlation (each event's correlationId and traceId) is declared only when the application has
     * no correlation data provider of its own; with {@link #userCorrelation()} it would be lost, so it is kept here.
     */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * Without a cache an aggregate re-reads its events (from its last snapshot) on every command. Axon's default
     * weak-reference cache loses an entry at the first garbage collection after its command, which under steady load
     * is within milliseconds: a fifth of a command's time went to replaying visits. These caches hold a bounded
     * number of aggregates strongly, least recently used out first; a busy visit holds a few hundred contributions,
     * so a few hundred open visits is what staff logging at once need.
     */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCaches() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache visitCache(CacheManager caches) {
        return aggregateCache(caches, "visits", 256);
    }

    @Bean
    Cache tourCache(CacheManager caches) {
        return aggregateCache(caches, "tours", 256);
    }

    @Bean
    Cache taxonomyCache(CacheManager caches) {
        return aggregateCache(caches, "taxonomies", 16);
    }

    @Bean
    Cache proposalCache(CacheManager caches) {
        return aggregateCache(caches, "proposals", 1024);
    }

    @Bean
    Cache programmeCache(CacheManager caches) {
        return aggregateCache(caches, "programmes", 64);
    }

    /** Axon's adapter takes Ehcache's implementation class, which is what the cache manager makes. */
    private static Cache aggregateCache(CacheManager caches, String name, int entries) {
        return new EhCache3Adapter((Ehcache<Object, Object>) caches.createCache(
                name, CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                                                                             ResourcePoolsBuilder.heap(entries))));
    }

    @Bean
    SnapshotTriggerDefinition visitSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_THRESHOLD);
    }

    /**
     * The lookup tables must be written in the transaction that stores the event, so that an id is taken exactly
     * when its event exists: a subscribing processor runs in the publishing thread and transaction.
     */
    @Bean
    ConfigurerModule lookupProcessing() {
        return configurer -> configurer.eventProcessing(
                processing -> processing.registerSubscribingEventProcessor(LookupTables.PROCESSING_GROUP));
    }

    @Bean
    LookupTables lookupTables(JdbcClient jdbc, PlatformTransactionManager transactions, EventStore events,
                              List<LookupTable> tables) {
        return new LookupTables(jdbc, new TransactionTemplate(transactions), events, tables);
    }

    /**
     * Before the first command: the event tables (H2 2.x rejects the default DDL; in PostgreSQL mode Axon's
     * PostgreSQL tables work), then the lookup tables, rebuilt from the events when their schema changed.
     */
    @Bean
    SmartInitializingSingleton storeTables(EventStorageEngine engine, LookupTables lookups) {
        return () -> {
            if (engine instanceof JdbcEventStorageEngine jdbc) {
                jdbc.createSchema(PostgresEventTableFactory.INSTANCE);
            }
            lookups.prepare();
        };
    }

}
