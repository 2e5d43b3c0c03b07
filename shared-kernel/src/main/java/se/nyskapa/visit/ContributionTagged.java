package se.nyskapa.visit;

import java.time.Instant;
import java.util.List;

/**
 * The contribution's themes are now exactly these (a re-tag replaces the earlier set). A theme merged before the
 * tagging is recorded as the theme it was merged into.
 */
public record ContributionTagged(String visitId, String municipalityCode, String contributionId,
                                 List<String> themeIds, Instant taggedAt) implements ContributionEvent {
}
