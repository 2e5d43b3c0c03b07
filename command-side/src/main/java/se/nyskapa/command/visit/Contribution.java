package se.nyskapa.command.visit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.Sector;

import java.util.Objects;

/**
 * One contribution (inspel) inside its visit. It remembers what it was first recorded as, so that the same
 * recording sent again (a retry, an offline sync) is recognised even after the text has been amended.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Contribution {

    @EntityId
    private String contributionId;
    private ContributionKind kind;
    private Sector sector;
    private String recordedText;
    private String text;
    private boolean retracted;

    Contribution() {
        // for snapshots
    }

    Contribution(String contributionId, ContributionKind kind, String text, Sector sector) {
        this.contributionId = contributionId;
        this.kind = kind;
        this.sector = sector;
        this.recordedText = text;
        this.text = text;
    }

    boolean wasRecordedAs(ContributionKind kind, String text, Sector sector) {
        return this.kind == kind && Objects.equals(recordedText, text) && this.sector == sector;
    }

    String text() {
        return text;
    }

    boolean isRetracted() {
        return retracted;
    }

    /** By value, so that a rebuilt or snapshotted visit equals the one it came from. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Contribution that && Objects.equals(contributionId, that.contributionId)
                && kind == that.kind && sector == that.sector && Objects.equals(recordedText, that.recordedText)
                && Objects.equals(text, that.text) && retracted == that.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contributionId, kind, sector, recordedText, text, retracted);
    }

    @EventSourcingHandler
    void on(ContributionAmended event) {
        text = event.text();
    }

    @EventSourcingHandler
    void on(ContributionRetracted event) {
        retracted = true;
    }
}
