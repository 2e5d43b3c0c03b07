package se.nyskapa.visit;

import se.nyskapa.personal.Contributor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A visit with everything logged at it, retracted contributions included and marked. */
public record VisitView(String visitId, String municipalityCode, String municipalityName, LocalDate date,
                        String venue, List<String> hosts, String tourId, VisitStatus status,
                        List<ContributionView> contributions, Map<Sector, Integer> attendance, VisitSummary summary,
                        Instant concludedAt) {

    /**
     * @param text         the text as last amended; {@link Contributor#ERASED} when it held personal data and the
     *                     person's key has been erased
     * @param recordedAt   when the server accepted it
     * @param loggedAt     when the device it was logged on took it down, or {@code null} when that was not said (and
     *                     in everything recorded before devices said it)
     * @param contributor  who said it, opened; {@code null} when no one was named
     * @param personalText whether staff marked the text as holding personal data
     */
    public record ContributionView(String contributionId, ContributionKind kind, String text, Sector sector,
                                   List<String> themeIds, ProposalFeedback feedback, Instant recordedAt,
                                   Instant amendedAt, Instant retractedAt, String retractionReason,
                                   Instant loggedAt, Contributor contributor, boolean personalText) {
    }
}
