package se.nyskapa.query.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.visit.ContributionRecorded;

import java.util.Optional;

/**
 * Where each contribution was recorded, so that its history can be read from its visit's events. A contribution id
 * is taken once across the platform and its recording is the only event that writes its address, so a redelivered
 * event writes the same document again.
 */
@Component
@ProcessingGroup(ContributionAddresses.PROCESSING_GROUP)
class ContributionAddresses extends DocumentProjection {

    static final String PROCESSING_GROUP = "history";

    private final DocumentStore documents;

    ContributionAddresses(DocumentStore documents) {
        super(documents, PROCESSING_GROUP, ContributionAddress.class);
        this.documents = documents;
    }

    @EventHandler
    void on(ContributionRecorded event) {
        batch.save(new ContributionAddress(event.contributionId(), event.visitId()));
    }

    Optional<String> visitOf(String contributionId) {
        return documents.findById(contributionId, ContributionAddress.class).map(ContributionAddress::visitId);
    }
}
