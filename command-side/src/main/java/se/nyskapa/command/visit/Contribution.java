package se.nyskapa.command.visit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private ProposalFeedback feedback;
    /** When the device took it down, as recorded; part of what a repeat must match. */
    private Instant loggedAt;
    private String recordedText;
    private String text;
    private List<String> themeIds = new ArrayList<>();
    private boolean retracted;

    Contribution() {
        // for snapshots
    }

    Contribution(String contributionId, ContributionKind kind, String text, Sector sector,
                 ProposalFeedback feedback, Instant loggedAt) {
        this.contributionId = contributionId;
        this.kind = kind;
        this.sector = sector;
        this.feedback = feedback;
        this.loggedAt = loggedAt;
        this.recordedText = text;
        this.text = text;
    }

    /** A resend: the same content, logged at the same moment (both without a moment, for a client that gives none). */
    boolean wasRecordedAs(ContributionKind kind, String text, Sector sector, ProposalFeedback feedback,
                          Instant loggedAt) {
        return this.kind == kind && Objects.equals(recordedText, text) && this.sector == sector
                && Objects.equals(this.feedback, feedback) && Objects.equals(this.loggedAt, loggedAt);
    }

    String text() {
        return text;
    }

    boolean isRetracted() {
        return retracted;
    }

    /** Tags are a set: the same themes in another order are the same tagging. */
    boolean isTaggedWithExactly(List<String> themes) {
        return new HashSet<>(themeIds).equals(new HashSet<>(themes));
    }

    /** By value, so that a rebuilt or snapshotted visit equals the one it came from. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Contribution that && Objects.equals(contributionId, that.contributionId)
                && kind == that.kind && sector == that.sector && Objects.equals(feedback, that.feedback)
                && Objects.equals(loggedAt, that.loggedAt)
                && Objects.equals(recordedText, that.recordedText) && Objects.equals(text, that.text)
                && Objects.equals(themeIds, that.themeIds) && retracted == that.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contributionId, kind, sector, feedback, loggedAt, recordedText, text, themeIds, retracted);
    }

    @EventSourcingHandler
    void on(ContributionAmended event) {
        text = event.text();
    }

    @EventSourcingHandler
    void on(ContributionTagged event) {
        themeIds = new ArrayList<>(event.themeIds());
    }

    @EventSourcingHandler
    void on(ContributionRetracted event) {
        retracted = true;
    }
}
