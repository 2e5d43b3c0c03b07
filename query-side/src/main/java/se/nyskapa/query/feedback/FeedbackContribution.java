package se.nyskapa.query.feedback;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.personal.SealedText;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;

/**
 * One contribution as the återkoppling shows it, a document of its own: a kommun's document lists only the ids it
 * heard, so that recording a contribution writes a few hundred bytes instead of every contribution heard in the
 * kommun so far.
 */
@Document("feedback_contributions")
class FeedbackContribution implements ProjectionDocument {

    @Id
    String id;
    String visitId;
    ContributionKind kind;
    Sector sector;
    /** {@code null} when the text is personal: it is kept sealed, and opened on each read. */
    String text;
    SealedText personalText;
    Instant recordedAt;
    /** The visit's sequence number of the last event applied. */
    long lastSequence = -1;

    FeedbackContribution() {
    }

    FeedbackContribution(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
