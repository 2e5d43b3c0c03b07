package se.nyskapa.command.visit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;
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
 * recording sent again (a retry, an offline sync) is recognised even after the text has been amended. Personal data
 * it holds only sealed, as the events do (an aggregate is snapshotted into the event store).
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
    /** The text it was recorded with, in the clear; {@code null} when it was recorded as personal. */
    private String recordedText;
    private SealedText recordedPersonalText;
    /** The text now: in the clear, or sealed when it was last written as personal. */
    private String text;
    private SealedText personalText;
    private SealedContributor contributor;
    private List<String> themeIds = new ArrayList<>();
    private boolean retracted;

    Contribution() {
        // for snapshots
    }

    Contribution(String contributionId, ContributionKind kind, String text, Sector sector,
                 ProposalFeedback feedback, Instant loggedAt, SealedContributor contributor,
                 SealedText personalText) {
        this.contributionId = contributionId;
        this.kind = kind;
        this.sector = sector;
        this.feedback = feedback;
        this.loggedAt = loggedAt;
        this.recordedText = text;
        this.recordedPersonalText = personalText;
        this.text = text;
        this.personalText = personalText;
        this.contributor = contributor;
    }

    /**
     * A resend: the same content, logged at the same moment (both without a moment, for a client that gives none),
     * naming the same contributor. What was sealed under an erased key counts as the same: it cannot be told apart.
     */
    boolean wasRecordedAs(ContributionKind kind, String text, Sector sector, ProposalFeedback feedback,
                          Instant loggedAt, Contributor contributor, boolean personal, PersonalData personalData) {
        return this.kind == kind && this.sector == sector && Objects.equals(this.feedback, feedback)
                && Objects.equals(this.loggedAt, loggedAt)
                && textIs(recordedText, recordedPersonalText, text, personal, personalData, true)
                && (this.contributor == null ? contributor == null : contributor != null
                        && personalData.open(contributionId, this.contributor).map(contributor::equals).orElse(true));
    }

    /** Whether its text now is {@code text}, written as personal or not; an erased text is no text given now. */
    boolean hasText(String text, boolean personal, PersonalData personalData) {
        return textIs(this.text, personalText, text, personal, personalData, false);
    }

    /** The key its personal data is sealed under: its contributor's, or its personal text's; {@code null} if none. */
    String keyId() {
        if (contributor != null) {
            return contributor.keyId();
        }
        return personalText != null ? personalText.keyId()
                : recordedPersonalText != null ? recordedPersonalText.keyId() : null;
    }

    boolean isRetracted() {
        return retracted;
    }

    private boolean textIs(String plain, SealedText sealed, String text, boolean personal, PersonalData personalData,
                           boolean erasedMatches) {
        if (personal != (sealed != null)) {
            return false;
        }
        return sealed == null ? Objects.equals(plain, text)
                : personalData.open(contributionId, sealed).map(opened -> opened.equals(text)).orElse(erasedMatches);
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
                && Objects.equals(recordedText, that.recordedText)
                && Objects.equals(recordedPersonalText, that.recordedPersonalText) && Objects.equals(text, that.text)
                && Objects.equals(personalText, that.personalText) && Objects.equals(contributor, that.contributor)
                && Objects.equals(themeIds, that.themeIds) && retracted == that.retracted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contributionId, kind, sector, feedback, loggedAt, recordedText, recordedPersonalText, text,
                            personalText, contributor, themeIds, retracted);
    }

    @EventSourcingHandler
    void on(ContributionAmended event) {
        text = event.text();
        personalText = event.personalText();
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
