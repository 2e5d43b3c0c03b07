package se.nyskapa.query.cluster;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Processors whose segments one instance has asked the others to keep off, while it resets their tokens: a document
 * per processor, named by its {@code _id}, read whole by every instance at each heartbeat. A hold has a lease, so that
 * the hold of an instance that died mid-reset ends by itself.
 */
final class SegmentHolds {

    static final String COLLECTION = "projection_holds";
    private static final String INSTANCE = "instance";
    private static final String UNTIL = "until";

    private final MongoCollection<Document> holds;
    private final String self;

    SegmentHolds(MongoCollection<Document> holds, QueryInstance self) {
        this.holds = holds;
        this.self = self.id();
    }

    /** Takes the hold on the processor for {@code lease}; else says which instance has it. */
    Optional<String> take(String processor, Duration lease) {
        while (true) {
            Document hold = new Document("_id", processor).append(INSTANCE, self)
                                                           .append(UNTIL, Date.from(Instant.now().plus(lease)));
            try {
                holds.insertOne(hold);
                return Optional.empty();
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document current = holds.find(Filters.eq("_id", processor)).first();
            if (current == null) {
                continue; // released meanwhile
            }
            if (current.getDate(UNTIL).toInstant().isAfter(Instant.now())) {
                return Optional.of(current.getString(INSTANCE));
            }
            // lapsed: taken over, unless another instance has just taken it over
            if (holds.replaceOne(Filters.and(Filters.eq("_id", processor), Filters.eq(UNTIL, current.getDate(UNTIL))),
                                 hold).getMatchedCount() == 1) {
                return Optional.empty();
            }
        }
    }

    void release(String processor) {
        holds.deleteOne(Filters.and(Filters.eq("_id", processor), Filters.eq(INSTANCE, self)));
    }

    /** The processors that other instances hold now. */
    Set<String> heldByOthers() {
        Instant now = Instant.now();
        Set<String> held = new HashSet<>();
        for (Document hold : holds.find()) {
            if (!self.equals(hold.getString(INSTANCE)) && hold.getDate(UNTIL).toInstant().isAfter(now)) {
                held.add(hold.getString("_id"));
            }
        }
        return held;
    }
}
