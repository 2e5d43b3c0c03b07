package se.nyskapa.search;

import se.nyskapa.personal.Contributor;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ProposalFeedback;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many live contributions match, on all pages
 */
public record SearchResults(long total, int page, int pageSize, SearchOrder order, List<Hit> hits) {

    public static final int PAGE_SIZE = 20;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * @param themeIds  the themes it counts under now: a tag on a merged theme is given as the theme it went into
     * @param text         the text as last amended; {@link Contributor#ERASED} when it held personal data and the
     *                     person's key has been erased
     * @param fragment     the best passages of the text, HTML-escaped, with each matched word in
     *                     {@code <mark>…</mark>}; {@code null} when no words were searched for
     * @param amendedAt    when the text was last amended, or {@code null}
     * @param score        how well it matches the words searched for; {@code null} when no words were searched for
     * @param contributor  who said it, opened; {@code null} when no one was named
     * @param personalText whether staff marked the text as holding personal data: such a text is never searched for
     *                     words (the index keeps it sealed), so it is only found through the filters
     */
    public record Hit(String contributionId, String visitId, String municipalityCode, String municipalityName,
                      ContributionKind kind, Sector sector, List<String> themeIds, String text, String fragment,
                      ProposalFeedback feedback, Instant recordedAt, Instant amendedAt, Float score,
                      Contributor contributor, boolean personalText) {

        public Hit {
            themeIds = List.copyOf(themeIds);
        }
    }
}
