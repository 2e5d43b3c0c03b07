package se.nyskapa.query.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Documents held in memory by a projection built for one question and then dropped. Documents are kept as given,
 * not copied: only the projection that owns this store changes them.
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<Class<?>, Map<String, ProjectionDocument>> collections = new HashMap<>();

    @Override
    public <D extends ProjectionDocument> Optional<D> findById(String id, Class<D> type) {
        return Optional.ofNullable(collection(type).get(id)).map(type::cast);
    }

    @Override
    public <D extends ProjectionDocument> Optional<D> read(String id, Class<D> type) {
        return findById(id, type);
    }

    @Override
    public <D extends ProjectionDocument> List<D> findAllById(Collection<String> ids, Class<D> type) {
        Map<String, ProjectionDocument> collection = collection(type);
        return ids.stream().map(collection::get).filter(Objects::nonNull).map(type::cast).toList();
    }

    @Override
    public void saveAll(Class<? extends ProjectionDocument> type, Collection<? extends ProjectionDocument> documents) {
        Map<String, ProjectionDocument> collection = collection(type);
        documents.forEach(document -> collection.put(document.id(), document));
    }

    @Override
    public void drop(Class<? extends ProjectionDocument> type) {
        collections.remove(type);
    }

    @Override
    public String collectionName(Class<? extends ProjectionDocument> type) {
        return type.getSimpleName();
    }

    private Map<String, ProjectionDocument> collection(Class<?> type) {
        return collections.computeIfAbsent(type, t -> new HashMap<>());
    }
}
