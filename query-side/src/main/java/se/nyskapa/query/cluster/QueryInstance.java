package se.nyskapa.query.cluster;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This process among the query-side instances that share one projection store. Its id names its heartbeat and owns
 * its token claims: Axon's own claim owner name ({@code pid@host}), with a random part so that two instances in one
 * JVM (the tests) differ too.
 */
public record QueryInstance(String id) {

    static QueryInstance ofThisProcess() {
        return new QueryInstance(ManagementFactory.getRuntimeMXBean().getName() + "/"
                                         + UUID.randomUUID().toString().substring(0, 8));
    }
}
