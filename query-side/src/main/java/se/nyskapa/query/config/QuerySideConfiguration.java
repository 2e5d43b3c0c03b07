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
import se.nyskapa.query.cluster.FairShare;
import se.nyskapa.query.cluster.QueryInstance;
import se.nyskapa.query.support.BatchedProjection;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
public class QuerySideConfiguration {

    /**
     * Tokens live beside the projections, in MongoDB, shared by the query-side instances: claimed under the name of
     * this instance's heartbeat, and free for another instance once unextended for the claim timeout.
     */
    @Bean
    TokenStore tokenStore(MongoDatabaseFactory mongo, Serializer serializer, QueryInstance instance,
                          ProjectionProperties properties) {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder()
                                                                 .mongoDatabase(mongo.getMongoDatabase())
                                                                 .build())
                              .serializer(serializer)
                              .nodeId(instance.id())
                              .claimTimeout(properties.claimTimeout())
                              .build();
    }

    /**
     * Each projection its own pooled streaming processor. A failing handler stops its segment and retries rather
     * than skipping the event, and there is no JDBC transaction to hold open: the projection's own writes are
     * idempotent. Query-side instances share each processor's segments fairly.
     */
    @Bean
    ConfigurerModule projectionProcessing(ObjectProvider<BatchedProjection> projections,
                                          ProjectionProperties properties, FairShare fairShare) {
        return configurer -> configurer.eventProcessing(processing -> projections.orderedStream().forEach(p -> {
            processing.registerPooledStreamingEventProcessor(
                    p.processingGroup(),
                    org.axonframework.config.Configuration::eventStore,
                    (config, builder) -> fairShare.share(p.processingGroup(),
                                                         builder.batchSize(properties.batchSize())
                                                                .initialSegmentCount(properties.segments())));
            processing.registerSequencingPolicy(p.processingGroup(), config -> p.sequencingPolicy());
            processing.registerHandlerInterceptor(p.processingGroup(), config -> p.batch().flushAtEndOfBatch());
            processing.registerTransactionManager(p.processingGroup(), config -> NoTransactionManager.INSTANCE);
            processing.registerListenerInvocationErrorHandler(p.processingGroup(),
                                                              config -> PropagatingErrorHandler.instance());
        }));
    }
}
