package se.nyskapa.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.ArrayList;
import java.util.List;

/**
 * How far each segment of each streaming event processor is behind the event store's head, as the gauge
 * {@value #NAME} (tags {@code processor} and {@code segment}): the head's position in the event stream less the
 * position of the last event the segment has handled, 0 once it has caught up. Each instance shows only the segments
 * it has claimed, so every segment is shown once, by the instance working it; a segment that moves to another
 * instance moves its gauge with it. Read every {@code nyskapa.metrics.refresh} (5 s), one reading of the head for
 * all, rather than at every scrape.
 */
public class ProcessorLag {

    public static final String NAME = "nyskapa.processor.lag";

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final MultiGauge lag;

    public ProcessorLag(EventProcessingConfiguration processing, EventStore events, MeterRegistry registry) {
        this.processing = processing;
        this.events = events;
        this.lag = MultiGauge.builder(NAME).baseUnit("events")
                             .description("Events in the store that this segment of the processor has not handled yet")
                             .register(registry);
    }

    @Scheduled(fixedDelayString = "${nyskapa.metrics.refresh:PT5S}")
    public void refresh() {
        long head = position(events.createHeadToken());
        List<Row<?>> rows = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().forEach((segment, status) -> rows.add(Row.of(
                        Tags.of("processor", name, "segment", String.valueOf(segment)), behind(head, status))));
            }
        });
        lag.register(rows, true);
    }

    private static long behind(long head, EventTrackerStatus status) {
        return Math.max(0, head - status.getCurrentPosition().orElse(-1));
    }

    /** -1 before the first event, as a segment that has handled none. */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
