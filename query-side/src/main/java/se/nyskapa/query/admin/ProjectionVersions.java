package se.nyskapa.query.admin;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.Projection;

import java.util.List;

/**
 * Rebuilds, as the platform starts, each projection whose documents were built by another version of it than the
 * one now running, so that a change to a projection's documents needs no one to remember a rebuild. A projection that
 * has never run starts with the current version; one that ran before versions were recorded counts as version 1.
 */
@Component
class ProjectionVersions implements ConfigurerModule {

    /** Before the processors start, so that a rebuild begins with them. */
    private static final int PHASE = Phase.INBOUND_EVENT_CONNECTORS - 1;

    private final ObjectProvider<Projection> projections;
    private final ObjectProvider<ProjectionRebuilds> rebuilds;
    private final ObjectProvider<DocumentStore> documents;

    ProjectionVersions(ObjectProvider<Projection> projections, ObjectProvider<ProjectionRebuilds> rebuilds,
                       ObjectProvider<DocumentStore> documents) {
        this.projections = projections;
        this.rebuilds = rebuilds;
        this.documents = documents;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(config -> config.onStart(
                PHASE, () -> rebuildChanged(config.eventProcessingConfiguration())));
    }

    void rebuildChanged(EventProcessingConfiguration processing) {
        DocumentStore store = documents.getObject();
        List<Projection> all = projections.orderedStream().toList();
        for (Projection projection : all) {
            String name = projection.processingGroup();
            boolean hasRun = processing.tokenStore(name).fetchSegments(name).length > 0;
            int built = store.findById(name, ProjectionVersion.class).map(stored -> stored.version)
                             .orElse(hasRun ? 1 : projection.version());
            if (built != projection.version()) {
                rebuilds.getObject().rebuildBeforeStart(name);
            }
            store.saveAll(ProjectionVersion.class, List.of(new ProjectionVersion(name, projection.version())));
        }
    }
}
