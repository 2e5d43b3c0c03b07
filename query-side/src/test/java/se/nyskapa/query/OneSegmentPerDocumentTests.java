package se.nyskapa.query;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Import;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.Projection;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.region.Region;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection over a region's year of events with its processor split into four segments: each document is
 * written from one segment only, so that no two segments, on one query-side instance or on two, ever race on it.
 */
@ProjectionTest
@Import(OneSegmentPerDocumentTests.Writers.class)
class OneSegmentPerDocumentTests {

    private static final int SEGMENTS = 4;

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    Region region;
    @Autowired
    Writers writers;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    List<Projection> all;

    @Test
    void everyDocumentIsWrittenFromOneSegment() {
        KalasTour.publish(events, region);
        projections.awaitCaughtUp();

        assertThat(projections.processors()).allSatisfy(processor -> assertThat(processor.processingStatus())
                .as(processor.getName()).hasSize(SEGMENTS));
        Map<String, Set<Writer>> byDocument = writers.byDocument();
        assertThat(byDocument.keySet().stream().map(document -> document.substring(0, document.indexOf('/'))))
                .as("collections written").containsAll(projections.documents().keySet());
        assertThat(byDocument.entrySet().stream().filter(written -> written.getValue().size() > 1)
                             .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("documents written from more than one segment").isEmpty();
        // the split is real: the visits' documents, each of one visit, are written from every segment
        assertThat(byDocument.values().stream().flatMap(Set::stream).filter(w -> w.processor().equals("visits"))
                             .map(Writer::segment).collect(Collectors.toSet()))
                .hasSize(SEGMENTS);
    }

    /**
     * A sequence's segment is its key's hash: a key whose hash is its value's (a text) puts an event in the same
     * segment in every process, one whose hash is its identity would put it in a segment of each process's own.
     */
    @Test
    void everyEventIsInTheSameSegmentInEveryProcess() throws InterruptedException {
        KalasTour.publish(events, region);
        List<TrackedEventMessage<?>> stream = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> read = eventStore.openStream(null)) {
            while (read.hasNextAvailable()) {
                stream.add(read.nextAvailable());
            }
        }
        assertThat(stream).hasSizeGreaterThan(500);

        assertThat(all).allSatisfy(projection -> {
            SequencingPolicy<? super TrackedEventMessage<?>> policy =
                    processing.sequencingPolicy(projection.processingGroup());
            assertThat(stream).allSatisfy(event -> assertThat(policy.getSequenceIdentifierFor(event))
                    .as(projection.processingGroup() + " keys " + event.getPayloadType().getSimpleName())
                    .satisfiesAnyOf(key -> assertThat(key).isNull(), key -> assertThat(key).isInstanceOf(String.class)));
        });
    }

    record Writer(String processor, int segment) {
    }

    /**
     * Who wrote each document: the processor and segment of the unit of work that a write is part of. Imported, not
     * a configuration, so that the query-side applications other tests start do not find it.
     */
    static final class Writers implements BeanPostProcessor {

        /** The resource key under which Axon's pooled processor puts the segment a batch is handled by. */
        private static final Pattern SEGMENT_KEY = Pattern.compile("Processor\\[(.+)]/SegmentId");

        private final Map<String, Set<Writer>> byDocument = new ConcurrentHashMap<>();

        Map<String, Set<Writer>> byDocument() {
            return Map.copyOf(byDocument);
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof DocumentStore store)) {
                return bean;
            }
            return Proxy.newProxyInstance(DocumentStore.class.getClassLoader(), new Class<?>[]{DocumentStore.class},
                                          (proxy, method, args) -> {
                if (method.getName().equals("saveAll")) {
                    recordWrites(store.collectionName(cast(args[0])), (Collection<?>) args[1]);
                }
                try {
                    return method.invoke(store, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        }

        @SuppressWarnings("unchecked")
        private static Class<? extends ProjectionDocument> cast(Object type) {
            return (Class<? extends ProjectionDocument>) type;
        }

        private void recordWrites(String collection, Collection<?> documents) {
            if (!CurrentUnitOfWork.isStarted()) {
                return; // not a projection's batch (the versions the projections' documents were built by)
            }
            CurrentUnitOfWork.get().root().resources().forEach((key, value) -> {
                Matcher segmentKey = SEGMENT_KEY.matcher(key);
                if (segmentKey.matches()) {
                    Writer writer = new Writer(segmentKey.group(1), (Integer) value);
                    documents.forEach(document -> byDocument.computeIfAbsent(
                            collection + "/" + ((ProjectionDocument) document).id(),
                            id -> ConcurrentHashMap.newKeySet()).add(writer));
                }
            });
        }
    }
}
