package se.nyskapa.visit;

import se.nyskapa.personal.SealedContributor;
import se.nyskapa.personal.SealedText;

import java.time.Instant;

/**
 * @param text         the text; {@code null} when it holds personal data and is kept sealed in {@code personalText}
 * @param recordedAt   when the server accepted it
 * @param feedback     added after the first release: {@code null} in events stored before it and for every kind but
 *                     {@link ContributionKind#FEEDBACK}
 * @param loggedAt     added after the feedback: when the device it was logged on took it down, as that device's clock
 *                     said; {@code null} in events stored before it and when the client did not say
 * @param contributor  added after the logged time: who said it, sealed under their key; {@code null} in events stored
 *                     before it and when no one was named
 * @param personalText added with the contributor: the text, sealed, when staff marked it as holding personal data;
 *                     {@code null} otherwise
 */
public record ContributionRecorded(String visitId, String municipalityCode, String contributionId,
                                   ContributionKind kind, String text, Sector sector, Instant recordedAt,
                                   ProposalFeedback feedback, Instant loggedAt, SealedContributor contributor,
                                   SealedText personalText)
        implements ContributionEvent {

    public ContributionRecorded(String visitId, String municipalityCode, String contributionId, ContributionKind kind,
                                String text, Sector sector, Instant recordedAt, ProposalFeedback feedback,
                                Instant loggedAt) {
        this(visitId, municipalityCode, contributionId, kind, text, sector, recordedAt, feedback, loggedAt, null,
             null);
    }

    public ContributionRecorded(String visitId, String municipalityCode, String contributionId, ContributionKind kind,
                                String text, Sector sector, Instant recordedAt, ProposalFeedback feedback) {
        this(visitId, municipalityCode, contributionId, kind, text, sector, recordedAt, feedback, null);
    }

    public ContributionRecorded(String visitId, String municipalityCode, String contributionId, ContributionKind kind,
                                String text, Sector sector, Instant recordedAt) {
        this(visitId, municipalityCode, contributionId, kind, text, sector, recordedAt, null, null);
    }
}
