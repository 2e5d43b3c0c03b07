package se.nyskapa.query.export;

import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contribution as the exports give it: where and when it was heard, what kind, by whom, under which themes (as the
 * taxonomy names them now: a tag on a merged theme is its target's), and its text as last amended.
 *
 * @param amendedAt when its text was last amended; {@code null} if never
 */
public record ExportedContribution(String contributionId, String municipalityCode, String municipalityName,
                                   String visitId, LocalDate visitDate, ContributionKind kind, Sector sector,
                                   List<Theme> themes, String text, Instant recordedAt, Instant amendedAt) {

    public record Theme(String themeId, String name) {
    }
}
