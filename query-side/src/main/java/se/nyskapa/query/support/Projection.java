package se.nyskapa.query.support;

/** A read model kept by its own event processor, named after its processing group: rebuildable on its own. */
public interface Projection {

    String processingGroup();
}
