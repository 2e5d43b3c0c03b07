package se.nyskapa.query.theme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.personal.SealedText;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A contribution with its tags as tagged, so that a re-tag knows which themes it leaves, and the content a theme's
 * page lists. One document per contribution: recording one writes only itself, not its visit's others.
 */
@Document("theme_contributions")
class TaggedContribution implements ProjectionDocument {

    @Id
    String id;
    String visitId;
    String municipalityCode;
    ContributionKind kind;
    Sector sector;
    /** {@code null} when the text is personal: it is kept sealed, and opened on each read. */
    String text;
    SealedText personalText;
    Instant recordedAt;
    List<String> themeIds = new ArrayList<>();
    boolean retracted;
    /** The visit's sequence number of the last event applied. */
    long lastSequence = -1;

    TaggedContribution() {
    }

    TaggedContribution(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    boolean isRecorded() {
        return visitId != null;
    }
}
