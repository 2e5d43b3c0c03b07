package se.nyskapa.query.support;

import com.mongodb.client.MongoCollection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The tokens every query-side instance shares (the MongoDB token store of {@code QuerySideConfiguration}), read as
 * stored and without claiming any: where the segments that other instances work on stand. The search index keeps its
 * tokens in each node's own index and the processor that forgets erased keys keeps its in memory: neither is here.
 */
@Component
public class SharedTokens {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final TokenStore shared;
    private final EventProcessingConfiguration processing;

    SharedTokens(MongoDatabaseFactory mongo, Serializer serializer, TokenStore shared,
                 EventProcessingConfiguration processing) {
        // the collection the token store writes: both take the template's default name
        this.tokens = DefaultMongoTemplate.builder().mongoDatabase(mongo.getMongoDatabase()).build()
                                          .trackingTokensCollection();
        this.serializer = serializer;
        this.shared = shared;
        this.processing = processing;
    }

    /** Whether the processor keeps its tokens here, where every instance sees them. */
    public boolean keeps(String processor) {
        return processing.tokenStore(processor) == shared;
    }

    /**
     * Every stored segment of every processor, by processor name, in one read: the collection holds a document per
     * segment, a few dozen in all, so reading it whole is cheaper than a query per processor.
     */
    public Map<String, List<StoredSegment>> read() {
        Map<String, List<StoredSegment>> segments = new HashMap<>();
        for (Document entry : tokens.find()) {
            String processor = entry.getString("processorName");
            Binary token = entry.get("token", Binary.class);
            TrackingToken decoded = new GenericTokenEntry<>(
                    token == null ? null : token.getData(), entry.getString("tokenType"),
                    Instant.ofEpochMilli(entry.getLong("timestamp")).toString(), entry.getString("owner"), processor,
                    entry.getInteger("segment"), byte[].class).getToken(serializer);
            segments.computeIfAbsent(processor, name -> new ArrayList<>())
                    .add(new StoredSegment(entry.getInteger("segment"), entry.getString("owner"), decoded));
        }
        return segments;
    }

    /**
     * One segment's token as stored.
     *
     * @param owner the instance that claims the segment (the token store's node id), or null when none does
     * @param token null before the segment's first event
     */
    public record StoredSegment(int segment, String owner, TrackingToken token) {

        /** The position of the last event the segment has stored its work for, or -1 before the first. */
        public long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }

        /** Where the segment stood when its processor was reset, while it replays the events up to there. */
        public OptionalLong resetAt() {
            return ReplayToken.getTokenAtReset(token);
        }
    }
}
