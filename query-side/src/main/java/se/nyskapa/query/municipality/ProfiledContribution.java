package se.nyskapa.query.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

/**
 * What the municipality projection must remember of one contribution to handle later events about it (its kind and
 * sector for the counts, the need page it sits on), under the contribution's id. Read only by the projection, never
 * by a query.
 */
@Document("municipality_contributions")
class ProfiledContribution implements ProjectionDocument {

    @Id
    String id;
    ContributionKind kind;
    Sector sector;
    Integer needPage;
    boolean retracted;
    /** The sequence number, in its visit, of the last event applied to it. */
    long lastSequence = -1;

    ProfiledContribution() {
    }

    ProfiledContribution(String contributionId) {
        this.id = contributionId;
    }

    @Override
    public String id() {
        return id;
    }

    boolean firstTime(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }
}
