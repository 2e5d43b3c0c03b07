package se.nyskapa.query.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The projections' documents in MongoDB, one collection per document type, written in one bulk per type.
 * <p>
 * Every write stamps the document with a new revision. A query's {@link #read} first asks for the revision alone,
 * and when it is the one last read, answers from the document it mapped then: mapping a large document (the theme ×
 * kommun matrix) cost a dashboard read more than all the rest of it. Asking the store each time keeps every read
 * current, also when another process wrote the document.
 */
@Component
public class MongoDocumentStore implements DocumentStore {

    /** The field every write stamps with a new value. */
    public static final String REVISION = "_revision";
    /** Documents kept mapped for queries: each kommun's profile and återkoppling, the matrix, the programmes. */
    private static final int MAPPED_FOR_QUERIES = 2_000;

    private final MongoOperations mongo;
    private final Cache<Key, Revised> mapped = Caffeine.newBuilder().maximumSize(MAPPED_FOR_QUERIES).build();

    MongoDocumentStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public <D extends ProjectionDocument> Optional<D> findById(String id, Class<D> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    @Override
    public <D extends ProjectionDocument> Optional<D> read(String id, Class<D> type) {
        MongoCollection<Document> collection = mongo.getCollection(mongo.getCollectionName(type));
        Document stamp = collection.find(Filters.eq("_id", id)).projection(Projections.include(REVISION)).first();
        if (stamp == null) {
            return Optional.empty();
        }
        Key key = new Key(type, id);
        Revised known = mapped.getIfPresent(key);
        if (known != null && Objects.equals(known.revision(), stamp.get(REVISION))) {
            return Optional.of(type.cast(known.document()));
        }
        Document stored = collection.find(Filters.eq("_id", id)).first();
        if (stored == null) {
            return Optional.empty();
        }
        D document = mongo.getConverter().read(type, stored);
        if (stored.get(REVISION) != null) {
            mapped.put(key, new Revised(stored.get(REVISION), document));
        }
        return Optional.of(document);
    }

    @Override
    public <D extends ProjectionDocument> List<D> findAllById(Collection<String> ids, Class<D> type) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), type);
    }

    @Override
    public void saveAll(Class<? extends ProjectionDocument> type, Collection<? extends ProjectionDocument> documents) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        documents.forEach(document -> {
            Document stored = new Document();
            mongo.getConverter().write(document, stored);
            stored.put(REVISION, new ObjectId());
            bulk.replaceOne(Query.query(Criteria.where("_id").is(document.id())), stored,
                            FindAndReplaceOptions.options().upsert());
        });
        bulk.execute();
    }

    @Override
    public void drop(Class<? extends ProjectionDocument> type) {
        mongo.dropCollection(type);
    }

    @Override
    public String collectionName(Class<? extends ProjectionDocument> type) {
        return mongo.getCollectionName(type);
    }

    private record Key(Class<?> type, String id) {
    }

    private record Revised(Object revision, Object document) {
    }
}
