package se.nyskapa.query.export;

import se.nyskapa.visit.ContributionKind;

/**
 * Which contributions an export holds; each part left out ({@code null}) takes all.
 *
 * @param themeId a theme; contributions tagged with a theme merged into it count too, as in the theme matrix
 */
public record ContributionFilter(String municipalityCode, String themeId, ContributionKind kind) {

    public static ContributionFilter all() {
        return new ContributionFilter(null, null, null);
    }
}
