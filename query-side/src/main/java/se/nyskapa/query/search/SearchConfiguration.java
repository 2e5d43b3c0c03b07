package se.nyskapa.query.search;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import se.nyskapa.query.config.ProjectionProperties;
import se.nyskapa.region.Region;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The search index and its processor. Like every projection it has its own pooled streaming processor, but its
 * tokens are kept in the index itself ({@link IndexTokenStore}) rather than beside the other projections.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /**
     * In {@code nyskapa.search.dir}, else in {@code search} under {@code nyskapa.data-dir}, kept across restarts;
     * with neither set (the query side's tests), in a temporary directory built afresh at each start.
     */
    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(Environment environment, Region region) throws IOException {
        SearchAnalysis analysis = SearchAnalysis.forLanguage(region.language());
        String dir = environment.getProperty("nyskapa.search.dir");
        String dataDir = environment.getProperty("nyskapa.data-dir");
        if (dir != null) {
            return SearchIndex.open(Path.of(dir).toAbsolutePath().normalize(), analysis);
        }
        if (dataDir != null) {
            return SearchIndex.open(Path.of(dataDir, "search").toAbsolutePath().normalize(), analysis);
        }
        return SearchIndex.temporary(analysis);
    }

    /** As the other projections' processors (see {@code QuerySideConfiguration}), with the index's token store. */
    @Bean
    ConfigurerModule searchProcessing(SearchIndex index, SearchProjection projection, Serializer serializer,
                                      ProjectionProperties properties) {
        String name = projection.processingGroup();
        IndexTokenStore tokens = new IndexTokenStore(index, serializer);
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessor(
                        name, org.axonframework.config.Configuration::eventStore,
                        (config, builder) -> builder.batchSize(properties.batchSize())
                                                    .initialSegmentCount(properties.segments()))
                .registerTokenStore(name, config -> tokens)
                .registerSequencingPolicy(name, config -> SequentialPerAggregatePolicy.instance())
                .registerHandlerInterceptor(name, config -> projection.batch().writeAtEndOfBatch())
                .registerTransactionManager(name, config -> NoTransactionManager.INSTANCE)
                .registerListenerInvocationErrorHandler(name, config -> PropagatingErrorHandler.instance()));
    }
}
