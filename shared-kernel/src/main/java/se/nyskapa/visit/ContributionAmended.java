package se.nyskapa.visit;

import se.nyskapa.personal.SealedText;

import java.time.Instant;

/**
 * The contribution's text from now on; the earlier text stays in the events.
 *
 * @param text         the new text; {@code null} when it holds personal data and is kept sealed in
 *                     {@code personalText}
 * @param personalText added after the first release: the new text, sealed, when staff marked it as holding personal
 *                     data; {@code null} in events stored before it and otherwise
 */
public record ContributionAmended(String visitId, String municipalityCode, String contributionId, String text,
                                  Instant amendedAt, SealedText personalText) implements ContributionEvent {

    public ContributionAmended(String visitId, String municipalityCode, String contributionId, String text,
                               Instant amendedAt) {
        this(visitId, municipalityCode, contributionId, text, amendedAt, null);
    }
}
