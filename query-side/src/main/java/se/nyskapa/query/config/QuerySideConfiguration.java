package se.nyskapa.query.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import se.nyskapa.query.support.BatchedProjection;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
public class QuerySideConfiguration {

    /** Tokens live beside the projections, in MongoDB. */
    @Bean
    TokenStore tokenStore(MongoDatabaseFactory mongo, Serializer serializer, ProjectionProperties properties) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(mongo.getMongoDatabase())
                                                                 .build())
                              .serializer(serializer)
                              .nodeId(properties.nodeId())
                              .build();
    }

    /**
     * Each projection its own pooled streaming processor. A failing handler stops its segment and retries rather
     * than skipping the event, and there is no JDBC transaction to hold open: the projection's own writes are
     * idempotent.
     */
    @Bean
    ConfigurerModule projectionProcessing(ObjectProvider<BatchedProjection> projections,
                                          ProjectionProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> projections.orderedStream().forEach(p -> {
            processing.registerPooledStreamingEventProcessor(
                    p.processingGroup(),
                    org.axonframework.config.Configuration::eventStore,
                    (config, builder) -> builder.batchSize(properties.batchSize())
                                                .initialSegmentCount(properties.segments()));
            processing.registerSequencingPolicy(p.processingGroup(), config -> p.sequencingPolicy());
            processing.registerHandlerInterceptor(p.processingGroup(), config -> p.batch().flushAtEndOfBatch());
            processing.registerTransactionManager(p.processingGroup(), config -> NoTransactionManager.INSTANCE);
            processing.registerListenerInvocationErrorHandler(p.processingGroup(),
                                                              config -> PropagatingErrorHandler.instance());
        }));
    }
}
