package se.nyskapa.query.visit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A contribution as its visit's page shows it, a document of its own: logging, amending or tagging one writes a few
 * hundred bytes, not the visit with everything logged before.
 */
@Document("visit_contributions")
class VisitContribution implements ProjectionDocument {

    @Id
    String id;
    ContributionKind kind;
    /** The text, or {@code null} when it is personal: then it is kept sealed, and opened on each read. */
    String text;
    SealedText personalText;
    /** Who said it, sealed; opened on each read. */
    SealedContributor contributor;
    Sector sector;
    List<String> themeIds = new ArrayList<>();
    ProposalFeedback feedback;
    Instant recordedAt;
    /** When the device took it down; {@code null} when it did not say. */
    Instant loggedAt;
    Instant amendedAt;
    Instant retractedAt;
    String retractionReason;
    /** The visit's sequence number of the last event applied. */
    long lastSequence = -1;

    VisitContribution() {
    }

    VisitContribution(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
