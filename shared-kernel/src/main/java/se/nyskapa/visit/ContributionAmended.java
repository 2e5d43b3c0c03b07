package se.nyskapa.visit;

import java.time.Instant;

/** The contribution's text from now on; the earlier text stays in the events. */
public record ContributionAmended(String visitId, String municipalityCode, String contributionId, String text,
                                  Instant amendedAt) implements ContributionEvent {
}
