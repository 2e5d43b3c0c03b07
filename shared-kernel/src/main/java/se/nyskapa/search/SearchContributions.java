package se.nyskapa.search;

import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

/**
 * Full-text search over the live contributions. Every filter is optional ({@code null}); so is {@code text}, and
 * without it the contributions that pass the filters are listed newest first.
 *
 * @param text    plain words, never query syntax; each word is matched in any of its inflected forms
 * @param themeId contributions tagged with this theme or with a theme merged into it
 * @param page    from 0, {@link SearchResults#PAGE_SIZE} a page
 */
public record SearchContributions(String text, String municipalityCode, ContributionKind kind, Sector sector,
                                  String themeId, String visitId, SearchOrder order, int page) {
}
