package se.nyskapa.query.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.nyskapa.query.config.ProjectionProperties;

/** The query-side instances' sharing of segments, through two small collections beside the tokens. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    QueryInstance queryInstance() {
        return QueryInstance.ofThisProcess();
    }

    @Bean
    FairShare fairShare(MongoTemplate mongo, QueryInstance instance, TokenStore tokens,
                        ProjectionProperties properties) {
        return new FairShare(new Heartbeats(mongo.getCollection(Heartbeats.COLLECTION), instance,
                                            properties.claimTimeout()),
                             holds(mongo, instance), tokens, properties);
    }

    @Bean
    ProcessorReset processorReset(MongoTemplate mongo, QueryInstance instance, EventProcessingConfiguration processing,
                                  ProjectionProperties properties) {
        return new ProcessorReset(holds(mongo, instance), processing, properties.claimTimeout(),
                                  properties.tokenClaimInterval());
    }

    private static SegmentHolds holds(MongoTemplate mongo, QueryInstance instance) {
        return new SegmentHolds(mongo.getCollection(SegmentHolds.COLLECTION), instance);
    }
}
