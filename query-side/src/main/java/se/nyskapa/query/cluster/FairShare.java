package se.nyskapa.query.cluster;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import se.nyskapa.query.config.ProjectionProperties;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments of the processors whose tokens every query-side instance keeps in the same store: each instance
 * claims at most ceil(segments / instances alive) of a processor's segments, and none of a processor that another
 * instance holds for a reset. Axon's pooled processor asks for this limit at each claim round and releases the
 * segments above it, which the other instances then claim; an instance that died keeps its claims until the claim
 * timeout, then the others take them over. Alone, an instance claims every segment, as Axon does without it.
 */
public class FairShare implements MaxSegmentProvider, InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FairShare.class);

    private final Heartbeats heartbeats;
    private final SegmentHolds holds;
    private final TokenStore tokens;
    private final ProjectionProperties properties;
    private final Set<String> processors = ConcurrentHashMap.newKeySet();
    /** Each processor's segments as its tokens have them: they outlast a change of {@code segments}. */
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "query-instances");
        thread.setDaemon(true);
        return thread;
    });
    /** Read at each claim round of each processor, so kept in memory and renewed at each heartbeat. */
    private volatile Set<String> alive = Set.of();
    private volatile Set<String> heldByOthers = Set.of();

    FairShare(Heartbeats heartbeats, SegmentHolds holds, TokenStore tokens, ProjectionProperties properties) {
        this.heartbeats = heartbeats;
        this.holds = holds;
        this.tokens = tokens;
        this.properties = properties;
    }

    /** The processor's builder, made to claim its share only and to notice a change soon. */
    public PooledStreamingEventProcessor.Builder share(String processor, PooledStreamingEventProcessor.Builder builder) {
        processors.add(processor);
        return builder.maxSegmentProvider(this)
                      .tokenClaimInterval(properties.tokenClaimInterval().toMillis())
                      // well within the claim timeout, so that a claim outlives a batch that is slow to finish
                      .claimExtensionThreshold(properties.claimTimeout().toMillis() / 3);
    }

    @Override
    public int getMaxSegments(String processor) {
        if (heldByOthers.contains(processor)) {
            return 0;
        }
        int instances = Math.max(1, alive.size());
        return (segments.getOrDefault(processor, properties.segments()) + instances - 1) / instances;
    }

    /** Whether no other query-side instance is alive: then every segment is this instance's. */
    public boolean alone() {
        return alive.size() <= 1;
    }

    /** Beats once before the processors start, so that an instance joining others claims no more than its share. */
    @Override
    public void afterPropertiesSet() {
        renew();
        long interval = properties.tokenClaimInterval().toMillis();
        beat.scheduleWithFixedDelay(this::renew, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void renew() {
        try {
            heartbeats.beat();
            Set<String> now = heartbeats.alive();
            if (!now.equals(alive)) {
                log.info("{} query-side instance(s) share the projections' segments: {}", now.size(), now);
            }
            alive = now;
            heldByOthers = holds.heldByOthers();
            processors.forEach(processor -> {
                int count = tokens.fetchSegments(processor).length;
                if (count > 0) {
                    segments.put(processor, count);
                }
            });
        } catch (RuntimeException e) {
            // the last reading stands meanwhile; the processors themselves fail and retry while the store is away
            log.warn("Could not renew this instance's heartbeat or read the others': {}", e.toString());
        }
    }

    /** After the processors have stopped and released their claims. */
    @Override
    public void destroy() throws InterruptedException {
        beat.shutdownNow();
        beat.awaitTermination(properties.tokenClaimInterval().toMillis(), TimeUnit.MILLISECONDS);
        try {
            heartbeats.leave();
        } catch (RuntimeException e) {
            log.warn("Could not remove this instance's heartbeat; the others count it gone after the claim timeout: {}",
                     e.toString());
        }
    }
}
