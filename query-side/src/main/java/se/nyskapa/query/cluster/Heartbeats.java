package se.nyskapa.query.cluster;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query-side instances alive: each writes a heartbeat document under its id, and counts as alive while that is
 * younger than the claim timeout. The collection holds a document per instance and is read whole (the embedded
 * MongoDB-wire server scans any query not by {@code _id} anyway). Instances compare their clocks through it, as
 * Axon's token claims already do, so the machines' clocks must agree to within a few seconds.
 */
final class Heartbeats {

    static final String COLLECTION = "query_instances";
    private static final String SEEN_AT = "seenAt";

    private final MongoCollection<Document> instances;
    private final String self;
    private final Duration timeout;

    Heartbeats(MongoCollection<Document> instances, QueryInstance self, Duration timeout) {
        this.instances = instances;
        this.self = self.id();
        this.timeout = timeout;
    }

    void beat() {
        instances.replaceOne(Filters.eq("_id", self), new Document("_id", self).append(SEEN_AT, new Date()),
                             new ReplaceOptions().upsert(true));
    }

    /** The ids of the instances alive, this one always among them; the heartbeats of the others are removed. */
    Set<String> alive() {
        Instant oldest = Instant.now().minus(timeout);
        Set<String> alive = new TreeSet<>(Set.of(self));
        for (Document instance : instances.find()) {
            String id = instance.getString("_id");
            Date seenAt = instance.getDate(SEEN_AT);
            if (seenAt.toInstant().isAfter(oldest)) {
                alive.add(id);
            } else if (!id.equals(self)) {
                // only as read: an instance that was merely late has beaten again meanwhile, or does at its next beat
                instances.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq(SEEN_AT, seenAt)));
            }
        }
        return alive;
    }

    /** Leaving cleanly: the others need not wait for the timeout to count one instance fewer. */
    void leave() {
        instances.deleteOne(Filters.eq("_id", self));
    }
}
