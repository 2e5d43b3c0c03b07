package se.nyskapa.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the projections' processors work through the events ({@code nyskapa.projections.*}).
 *
 * @param batchSize          events a processor handles per batch at most: one write per touched document and one
 *                           token write per batch, so a larger batch writes less during a rebuild or when the
 *                           processor has fallen behind; a processor that keeps up takes the events there are
 * @param segments           segments a processor's events are split into when its tokens are first created, so that
 *                           query-side instances can share the work
 * @param claimTimeout       how long a segment stays claimed by an instance that no longer extends its claim, and how
 *                           long an instance that no longer sends heartbeats still counts as alive: after this an
 *                           instance that died has its segments taken over by the others
 * @param tokenClaimInterval how often a processor looks for segments to claim or to let go of, and how often an
 *                           instance sends its heartbeat and reads the others'
 */
@ConfigurationProperties("nyskapa.projections")
public record ProjectionProperties(@DefaultValue("200") int batchSize, @DefaultValue("4") int segments,
                                   @DefaultValue("10s") Duration claimTimeout,
                                   @DefaultValue("2s") Duration tokenClaimInterval) {

    public ProjectionProperties {
        if (tokenClaimInterval.multipliedBy(2).compareTo(claimTimeout) > 0) {
            throw new IllegalArgumentException(
                    "nyskapa.projections.token-claim-interval (" + tokenClaimInterval + ") must be at most half of "
                            + "nyskapa.projections.claim-timeout (" + claimTimeout + "): an instance renews its "
                            + "heartbeat at that interval and counts as gone after the timeout");
        }
    }
}
