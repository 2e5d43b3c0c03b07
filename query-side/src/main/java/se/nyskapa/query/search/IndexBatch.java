package se.nyskapa.query.search;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import se.nyskapa.visit.ContributionEvent;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contributions one batch of events touches: all those its events name are read from the index in one search as
 * it starts, changed in memory, and each written once after the batch's last event. The processor then stores its
 * token, which the index commits with them.
 */
final class IndexBatch {

    private static final String RESOURCE = IndexBatch.class.getName();

    private final SearchIndex index;

    IndexBatch(SearchIndex index) {
        this.index = index;
    }

    /** The contribution as this batch last left it, else as indexed. */
    Optional<IndexedContribution> find(String contributionId) {
        return touched().read.computeIfAbsent(contributionId, index::find);
    }

    /** Marks the contribution to be written at the end of the batch. */
    void save(IndexedContribution contribution) {
        Touched touched = touched();
        touched.read.put(contribution.id, Optional.of(contribution));
        touched.changed.put(contribution.id, contribution);
    }

    MessageHandlerInterceptor<EventMessage<?>> writeAtEndOfBatch() {
        return this::handleAndWrite;
    }

    private Object handleAndWrite(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                  InterceptorChain chain) throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            readAhead(batch.getMessages());
        }
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            Touched touched = unitOfWork.root().getResource(RESOURCE);
            if (touched != null) {
                index.write(touched.changed.values());
                unitOfWork.root().resources().remove(RESOURCE);
            }
        }
        return result;
    }

    private void readAhead(List<? extends Message<?>> messages) {
        List<String> ids = messages.stream().map(Message::getPayload).filter(ContributionEvent.class::isInstance)
                                   .map(event -> ((ContributionEvent) event).contributionId()).distinct().toList();
        Map<String, IndexedContribution> found = index.findAll(ids);
        Map<String, Optional<IndexedContribution>> read = touched().read;
        ids.forEach(id -> read.put(id, Optional.ofNullable(found.get(id))));
    }

    private Touched touched() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new Touched());
    }

    private static final class Touched {
        final Map<String, Optional<IndexedContribution>> read = new HashMap<>();
        final Map<String, IndexedContribution> changed = new LinkedHashMap<>();
    }
}
