package se.nyskapa.query.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyskapa.query.web.ConflictException;

import java.time.Duration;
import java.time.Instant;

/**
 * Resets a processor's tokens, which needs every segment's claim, while other query-side instances work on it too:
 * this instance takes the processor's hold, so that the others release its segments and claim none; once no segment
 * is claimed elsewhere it resets the tokens, releases the claims, and lifts the hold, and the instances share the
 * segments again. Asked of any instance, a reset thus works with the others running.
 */
public class ProcessorReset {

    private static final Logger log = LoggerFactory.getLogger(ProcessorReset.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final SegmentHolds holds;
    private final EventProcessingConfiguration processing;
    /** Long enough for a dead instance's claims to time out, and for a live one to see the hold and let go. */
    private final Duration release;
    private final Duration lease;

    ProcessorReset(SegmentHolds holds, EventProcessingConfiguration processing, Duration claimTimeout,
                   Duration tokenClaimInterval) {
        this.holds = holds;
        this.processing = processing;
        this.release = claimTimeout.plus(tokenClaimInterval.multipliedBy(3));
        this.lease = release.plus(claimTimeout);
    }

    /**
     * Resets the processor's tokens (its reset handlers run here, once), stopping it first and starting it again
     * after if it runs; refused as a conflict naming {@code name} if another instance holds it or its segments stay
     * claimed elsewhere.
     */
    public void reset(StreamingEventProcessor processor) {
        String name = processor.getName();
        holds.take(name, lease).ifPresent(holder -> {
            throw new ConflictException("name", "projection " + name + " is being reset by query-side instance "
                    + holder + "; try again once it is done");
        });
        boolean running = processor.isRunning();
        try {
            if (running) {
                processor.shutDown();
            }
            TokenStore tokens = processing.tokenStore(name);
            resetOnceReleased(processor, tokens);
            // the instances (this one too) claim their share as soon as the hold is lifted
            for (int segment : tokens.fetchSegments(name)) {
                tokens.releaseClaim(name, segment);
            }
        } finally {
            if (running) {
                processor.start();
            }
            holds.release(name);
        }
    }

    private void resetOnceReleased(StreamingEventProcessor processor, TokenStore tokens) {
        String name = processor.getName();
        Instant deadline = Instant.now().plus(release);
        while (true) {
            if (tokens.fetchAvailableSegments(name).size() == tokens.fetchSegments(name).length) {
                try {
                    // claims every token before its reset handlers run: a claim refused leaves the projection as is
                    processor.resetTokens();
                    return;
                } catch (UnableToClaimTokenException e) {
                    log.debug("A segment of {} was claimed by an instance that had not seen the hold yet", name);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ConflictException("name", "projection " + name + " still has segments claimed by another "
                        + "query-side instance after " + release.toSeconds() + " s; try again");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to reset " + name, e);
            }
        }
    }
}
