package se.nyskapa.query;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.region.Region;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ProjectionTest
class ReplayTests {

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Region region;

    private Map<String, List<Document>> incrementallyBuilt;

    @BeforeEach
    void publishTourAndWaitForProjections() {
        KalasTour.publish(events, region);
        projections.awaitCaughtUp();
        incrementallyBuilt = projections.documents();
        assertThat(incrementallyBuilt).containsKey("history_contributions");
        assertThat(incrementallyBuilt).allSatisfy((collection, documents) -> assertThat(documents).isNotEmpty());
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        long rewoundTo = projections.head() / 2;
        Map<String, Long> deliveredBefore = delivered();

        projections.processors().forEach(StreamingEventProcessor::shutDown);
        projections.processors().forEach(p -> projections.rewind(p, new GlobalSequenceTrackingToken(rewoundTo)));
        projections.processors().forEach(StreamingEventProcessor::start);
        projections.awaitCaughtUp();

        assertThat(delivered()).allSatisfy((processor, count) -> assertThat(count).as(processor)
                .isGreaterThanOrEqualTo(deliveredBefore.get(processor) + projections.handledAfter(processor, rewoundTo)));
        assertDocumentsAsIncrementallyBuilt();
    }

    @Test
    void rebuiltProjectionsEqualTheIncrementallyBuiltOnes() {
        projections.processors().forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        projections.awaitCaughtUp();

        assertDocumentsAsIncrementallyBuilt();
    }

    private void assertDocumentsAsIncrementallyBuilt() {
        Map<String, List<Document>> documents = projections.documents();
        incrementallyBuilt.forEach((collection, expected) ->
                assertThat(documents.get(collection)).as(collection).containsExactlyElementsOf(expected));
    }

    private Map<String, Long> delivered() {
        return projections.processors().stream().map(StreamingEventProcessor::getName)
                          .collect(Collectors.toMap(Function.identity(), deliveries::of));
    }
}
