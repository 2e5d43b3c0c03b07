package se.nyskapa.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.lang.management.ManagementFactory;

/**
 * How the projections' processors work through the events ({@code nyskapa.projections.*}).
 *
 * @param batchSize events a processor handles per batch at most: one write per touched document and one token
 *                  write per batch, so a larger batch writes less during a rebuild or when the processor has
 *                  fallen behind; a processor that keeps up takes the events there are
 * @param segments  segments a processor's events are split into when its tokens are first created, so that
 *                  query-side instances can share the work
 * @param nodeId    the name this instance claims segments under in the shared token store; by default the JVM's
 *                  (process id and host), as Axon names it: set it when instances share a JVM (tests)
 */
@ConfigurationProperties("nyskapa.projections")
public record ProjectionProperties(@DefaultValue("200") int batchSize, @DefaultValue("4") int segments,
                                   String nodeId) {

    public ProjectionProperties {
        nodeId = nodeId == null ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
    }
}
