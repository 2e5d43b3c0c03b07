package se.nyskapa.query.live;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import se.nyskapa.query.cluster.FairShare;
import se.nyskapa.query.support.SharedTokens;
import se.nyskapa.query.support.SharedTokens.StoredSegment;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Announces the batches that other query-side instances store. Without Axon Server, a page's subscription to
 * {@link WatchProjections} lives in the instance that serves the page, and only that instance's processors announce
 * their batches to it ({@link LiveProjections}), while a projection's segments are shared among the instances. The
 * others' batches show in the tokens they share: a processor stores a segment's token once the batch's documents are
 * written, so a segment worked on elsewhere whose stored token has moved has stored something new. The segments this
 * instance works on are left to its own announcements, which come at once, so that a batch is announced once.
 * <p>
 * The tokens are read every {@code nyskapa.live.token-poll} (500 ms) while other instances are alive, whether or not a
 * page follows, so that a new subscription is served from its first moment, as by the instance's own announcements,
 * rather than from a first reading taken after it; a reading is one query for a few dozen small documents. An
 * instance alone (the standalone platform) works every segment itself and reads nothing. A segment that only passes over
 * events it does not handle stores its token too, a few seconds later (when Axon extends its claim): that is
 * announced as well, and a page renders a region that has not changed.
 * <p>
 * With Axon Server, every instance receives every subscription and announces its own batches to it: this is off there.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class SharedBatches implements SmartLifecycle {

    private final SharedTokens tokens;
    private final FairShare instances;
    private final EventProcessingConfiguration processing;
    private final QueryUpdateEmitter emitter;
    private final Duration poll;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private volatile boolean running;
    /** Each projection's shared segments as last read, by segment; read and written by the poll only. */
    private Map<String, Map<Integer, Seen>> seen = Map.of();

    SharedBatches(SharedTokens tokens, FairShare instances, EventProcessingConfiguration processing,
                  QueryUpdateEmitter emitter, @Value("${nyskapa.live.token-poll:500ms}") Duration poll) {
        this.tokens = tokens;
        this.instances = instances;
        this.processing = processing;
        this.emitter = emitter;
        this.poll = poll;
        scheduler.setThreadNamePrefix("live-shared-batches-");
        scheduler.setDaemon(true);
    }

    @Override
    public void start() {
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::announce, poll);
        running = true;
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One poll: announces each projection that a segment worked on elsewhere has moved since the last poll. */
    void announce() {
        if (instances.alone()) {
            seen = Map.of();
            return;
        }
        Map<String, List<StoredSegment>> stored = tokens.read();
        Map<String, Map<Integer, Seen>> read = new HashMap<>();
        stored.forEach((projection, segments) -> {
            if (!tokens.keeps(projection)) {
                return;
            }
            Set<Integer> here = processing.eventProcessor(projection, StreamingEventProcessor.class)
                                          .map(processor -> processor.processingStatus().keySet())
                                          .orElse(Set.of());
            Map<Integer, Seen> before = seen.getOrDefault(projection, Map.of());
            Map<Integer, Seen> now = new HashMap<>();
            boolean moved = false;
            for (StoredSegment segment : segments) {
                Seen current = new Seen(segment.position(), here.contains(segment.segment()));
                Seen last = before.get(segment.segment());
                // worked on here at both readings: announced by this instance's own processor
                moved |= last != null && last.position() != current.position() && !(last.here() && current.here());
                now.put(segment.segment(), current);
            }
            read.put(projection, now);
            if (moved) {
                emitter.emit(WatchProjections.class, query -> query.projections().contains(projection),
                             new ProjectionChanged(projection));
            }
        });
        seen = read;
    }

    private record Seen(long position, boolean here) {
    }
}
