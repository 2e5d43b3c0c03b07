package se.nyskapa.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import se.nyskapa.visit.ContributionEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The documents one projection touches while it handles one batch of events: each is read at most once, changed
 * in memory, and written once when the batch's last event has been handled (one bulk write per collection).
 * <p>
 * The flush runs inside the batch, before the processor stores its token: if it fails, the batch is rolled back
 * and delivered again. Collections are flushed in the order given, so a projection can write the documents that
 * depend on a counter before the document that holds the counter.
 */
public final class DocumentBatch {

    private final DocumentStore store;
    private final String resourceKey;
    private final List<Class<? extends ProjectionDocument>> flushOrder;
    private final List<ReadAhead<?>> readAhead = new ArrayList<>();
    private Runnable beforeFlush = () -> {
    };

    @SafeVarargs
    public DocumentBatch(DocumentStore store, String name, Class<? extends ProjectionDocument>... flushOrder) {
        this.store = store;
        this.resourceKey = DocumentBatch.class.getName() + "/" + name;
        this.flushOrder = List.of(flushOrder);
    }

    /** The document as this batch last left it, else as stored; the same instance for the whole batch. */
    public <D extends ProjectionDocument> Optional<D> find(Class<D> type, String id) {
        Touched touched = touched();
        Map<String, ProjectionDocument> loaded = touched.loaded.computeIfAbsent(type, t -> new LinkedHashMap<>());
        if (!loaded.containsKey(id)) {
            loaded.put(id, store.findById(id, type).orElse(null));
        }
        return Optional.ofNullable(type.cast(loaded.get(id)));
    }

    /** The documents of this type the batch has read or saved (those that exist), in the order first touched. */
    public <D extends ProjectionDocument> List<D> loaded(Class<D> type) {
        return touched().loaded.getOrDefault(type, Map.of()).values().stream()
                               .filter(Objects::nonNull).map(type::cast).toList();
    }

    /**
     * Work to do once per batch, after its last event and before its documents are written: deriving documents
     * that copy others (a matrix row per theme) once per batch rather than once per event.
     */
    public DocumentBatch beforeEachFlush(Runnable task) {
        this.beforeFlush = task;
        return this;
    }

    /**
     * Documents of this type are kept under the id of the contribution an event is about: see {@link #readAhead}.
     */
    public DocumentBatch keyedByContribution(Class<? extends ProjectionDocument> type) {
        return readAhead(type, ContributionEvent.class, ContributionEvent::contributionId);
    }

    /**
     * Documents of this type are kept under an id that events of that event type name (their contribution's, their
     * visit's, their kommun's). A batch reads all those its events name in one query as it starts, instead of one
     * round trip for each the first time an event asks for it.
     */
    public <E> DocumentBatch readAhead(Class<? extends ProjectionDocument> type, Class<E> eventType,
                                      Function<? super E, String> id) {
        readAhead.add(new ReadAhead<>(type, eventType, id));
        return this;
    }

    /** Marks the document to be written at the end of the batch. */
    public void save(ProjectionDocument document) {
        Touched touched = touched();
        touched.loaded.computeIfAbsent(document.getClass(), t -> new LinkedHashMap<>()).put(document.id(), document);
        touched.dirty.computeIfAbsent(document.getClass(), t -> new LinkedHashMap<>()).put(document.id(), document);
    }

    /** The collections this batch writes, in flush order. */
    public List<String> collections() {
        return flushOrder.stream().map(store::collectionName).toList();
    }

    /** Drops every collection this batch writes: the projection starts again from nothing. */
    public void dropAll() {
        flushOrder.forEach(store::drop);
    }

    public MessageHandlerInterceptor<EventMessage<?>> flushAtEndOfBatch() {
        return this::handleAndFlush;
    }

    private Object handleAndFlush(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                  InterceptorChain chain) throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()
                && !readAhead.isEmpty()) {
            readAhead(batch.getMessages());
        }
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            flush(unitOfWork);
        }
        return result;
    }

    private void readAhead(List<? extends Message<?>> messages) {
        List<Object> events = messages.stream().<Object>map(Message::getPayload).toList();
        Touched touched = touched();
        for (ReadAhead<?> ahead : readAhead) {
            Map<String, ProjectionDocument> loaded = touched.loaded.computeIfAbsent(ahead.type(),
                                                                                     t -> new LinkedHashMap<>());
            List<String> unread = ahead.ids(events).stream().filter(id -> !loaded.containsKey(id)).toList();
            if (!unread.isEmpty()) {
                unread.forEach(id -> loaded.put(id, null));
                store.findAllById(unread, ahead.type()).forEach(document -> loaded.put(document.id(), document));
            }
        }
    }

    private void flush(UnitOfWork<?> unitOfWork) {
        Touched touched = unitOfWork.root().getResource(resourceKey);
        if (touched == null) {
            return;
        }
        beforeFlush.run();
        for (Class<? extends ProjectionDocument> type : flushOrder) {
            Map<String, ProjectionDocument> documents = touched.dirty.getOrDefault(type, Map.of());
            if (!documents.isEmpty()) {
                store.saveAll(type, documents.values());
            }
        }
        unitOfWork.root().resources().remove(resourceKey);
    }

    private Touched touched() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(resourceKey, key -> new Touched());
    }

    private record ReadAhead<E>(Class<? extends ProjectionDocument> type, Class<E> eventType,
                                Function<? super E, String> id) {

        List<String> ids(List<Object> events) {
            return events.stream().filter(eventType::isInstance).map(event -> id.apply(eventType.cast(event)))
                         .filter(Objects::nonNull).distinct().toList();
        }
    }

    private static final class Touched {
        final Map<Class<?>, Map<String, ProjectionDocument>> loaded = new HashMap<>();
        final Map<Class<?>, Map<String, ProjectionDocument>> dirty = new HashMap<>();
    }
}
