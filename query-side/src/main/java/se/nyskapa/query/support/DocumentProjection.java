package se.nyskapa.query.support;

import org.axonframework.eventhandling.ResetHandler;

/**
 * A projection kept in documents: its processing group, the batch its handlers write through, and the reset that
 * drops its collections so that a rebuild starts from nothing.
 */
public abstract class DocumentProjection implements BatchedProjection {

    private final String processingGroup;
    protected final DocumentBatch batch;

    /** @param flushOrder the document types it writes, in the order a batch writes them */
    @SafeVarargs
    protected DocumentProjection(DocumentStore documents, String processingGroup,
                                 Class<? extends ProjectionDocument>... flushOrder) {
        this.processingGroup = processingGroup;
        this.batch = new DocumentBatch(documents, processingGroup, flushOrder);
    }

    @Override
    public String processingGroup() {
        return processingGroup;
    }

    @Override
    public DocumentBatch batch() {
        return batch;
    }

    @ResetHandler
    void reset() {
        batch.dropAll();
    }
}
