package se.nyskapa.query.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a projection's documents live: MongoDB for the projections the platform keeps, memory for a projection built
 * for one question (the programme as it stood on a given day). Every read is by id.
 */
public interface DocumentStore {

    /** The document as stored now, the caller's own to change and save. */
    <D extends ProjectionDocument> Optional<D> findById(String id, Class<D> type);

    /**
     * The document as stored now, for a query to read: possibly the same instance other queries read, so it must
     * never be changed.
     */
    <D extends ProjectionDocument> Optional<D> read(String id, Class<D> type);

    /** The documents of those ids that exist, in no particular order. */
    <D extends ProjectionDocument> List<D> findAllById(Collection<String> ids, Class<D> type);

    /** The documents of those ids that exist, in the order of {@code ids}. */
    default <D extends ProjectionDocument> List<D> findAllInOrder(List<String> ids, Class<D> type) {
        Map<String, D> byId = new HashMap<>();
        findAllById(ids, type).forEach(document -> byId.put(document.id(), document));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Inserts or replaces each document under its id. */
    void saveAll(Class<? extends ProjectionDocument> type, Collection<? extends ProjectionDocument> documents);

    void drop(Class<? extends ProjectionDocument> type);

    String collectionName(Class<? extends ProjectionDocument> type);
}
