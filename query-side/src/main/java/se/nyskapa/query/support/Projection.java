package se.nyskapa.query.support;

/** A read model kept by its own event processor, named after its processing group: rebuildable on its own. */
public interface Projection {

    String processingGroup();

    /**
     * The shape of the projection's documents. Raise it when a change needs every document built anew from the
     * events: at its next start the platform then rebuilds this projection, and only this one.
     */
    default int version() {
        return 1;
    }
}
