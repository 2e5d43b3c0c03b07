package se.nyskapa.query.support;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The projections' documents in MongoDB, one collection per document type, written in one bulk per type. */
@Component
public class MongoDocumentStore implements DocumentStore {

    private final MongoOperations mongo;

    MongoDocumentStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public <D extends ProjectionDocument> Optional<D> findById(String id, Class<D> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    @Override
    public <D extends ProjectionDocument> List<D> findAllById(Collection<String> ids, Class<D> type) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), type);
    }

    @Override
    public void saveAll(Class<? extends ProjectionDocument> type, Collection<? extends ProjectionDocument> documents) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        documents.forEach(document -> bulk.replaceOne(Query.query(Criteria.where("_id").is(document.id())), document,
                                                      FindAndReplaceOptions.options().upsert()));
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
}
