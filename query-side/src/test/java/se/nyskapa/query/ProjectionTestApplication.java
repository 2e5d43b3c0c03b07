package se.nyskapa.query;

import com.mongodb.ConnectionString;
import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.nyskapa.query.support.BatchedProjection;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The query side's own wiring, with the login every service has, over test stores: events in memory, projections and
 * tokens in an in-memory MongoDB-wire server reached by the real driver over a loopback socket, the accounts in an
 * in-memory H2 database, and a clock fixed on {@link #TODAY}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"se.nyskapa.query", "se.nyskapa.security"},
               excludeFilters = {@ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                                 @ComponentScan.Filter(type = FilterType.CUSTOM,
                                                       classes = AutoConfigurationExcludeFilter.class),
                                 // the service's own entry point, with its configuration file
                                 @ComponentScan.Filter(value = SpringBootConfiguration.class,
                                                       type = FilterType.ANNOTATION)})
public class ProjectionTestApplication {

    public static final LocalDate TODAY = LocalDate.of(2015, 11, 12);
    private static final ZoneId REGION_ZONE = ZoneId.of("Europe/Stockholm");

    /** Unless the stores come from a parent context, shared by several instances: see {@link QuerySideInstances}. */
    @Bean
    @ConditionalOnMissingBean
    EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }

    @Bean
    DataSource accountDatabase() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    @Bean(destroyMethod = "shutdownNow")
    @ConditionalOnMissingBean
    MongoServer projectionStore() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer projectionStoreAddress(MongoServer projectionStore) {
        InetSocketAddress address = projectionStore.getLocalAddress();
        return settings -> settings.applyConnectionString(
                new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()));
    }

    @Bean
    Clock fixedClock() {
        return Clock.fixed(TODAY.atTime(10, 0).atZone(REGION_ZONE).toInstant(), REGION_ZONE);
    }

    @Bean
    Deliveries deliveries() {
        return new Deliveries();
    }

    @Bean
    ConfigurerModule countDeliveries(ObjectProvider<BatchedProjection> projections, Deliveries deliveries) {
        return configurer -> configurer.eventProcessing(processing -> projections.orderedStream().forEach(
                p -> processing.registerHandlerInterceptor(p.processingGroup(),
                                                           config -> deliveries.counter(p.processingGroup()))));
    }

    @Bean
    EventLog eventLog(EventStore eventStore) {
        return new EventLog(eventStore);
    }

    @Bean
    Projections projections(List<BatchedProjection> projections, EventProcessingConfiguration processing,
                            EventStore eventStore, TokenStore tokenStore, MongoTemplate mongo) {
        return new Projections(projections, processing, eventStore, tokenStore, mongo);
    }
}
