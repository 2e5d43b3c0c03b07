package se.nyskapa.query.export;

import se.nyskapa.personal.Contributor;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contribution as the exports give it: where and when it was heard, what kind, by whom, under which themes (as the
 * taxonomy names them now: a tag on a merged theme is its target's), and its text as last amended.
 *
 * @param text        the text as last amended; {@code [raderad]} when it held personal data since erased
 * @param amendedAt   when its text was last amended; {@code null} if never
 * @param contributor who said it, when they were named: {@code [raderad]} for each detail once they are erased
 */
public record ExportedContribution(String contributionId, String municipalityCode, String municipalityName,
                                   String visitId, LocalDate visitDate, ContributionKind kind, Sector sector,
                                   List<Theme> themes, String text, Instant recordedAt, Instant amendedAt,
                                   Contributor contributor) {

    public record Theme(String themeId, String name) {
    }
}
