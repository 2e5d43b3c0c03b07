package se.nyskapa.visit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.nyskapa.personal.Contributor;

import java.time.Instant;

/**
 * @param feedback     for a {@link ContributionKind#FEEDBACK} contribution, the proposal it is about and the stance
 * @param loggedAt     when the device it was logged on took it down (it may reach the server much later, after a time
 *                     offline), or {@code null} when the client does not say
 * @param contributor  who said it, with their consent, or {@code null}; in the clear here (a command is never
 *                     stored), sealed under the person's key in the event
 * @param personalText the text holds personal data: it is sealed in the event, as the contributor is
 */
public record RecordContribution(@TargetAggregateIdentifier String visitId, String contributionId,
                                 ContributionKind kind, String text, Sector sector, ProposalFeedback feedback,
                                 Instant loggedAt, Contributor contributor, boolean personalText) {

    public RecordContribution(String visitId, String contributionId, ContributionKind kind, String text,
                              Sector sector, ProposalFeedback feedback, Instant loggedAt) {
        this(visitId, contributionId, kind, text, sector, feedback, loggedAt, null, false);
    }

    public RecordContribution(String visitId, String contributionId, ContributionKind kind, String text,
                              Sector sector, ProposalFeedback feedback) {
        this(visitId, contributionId, kind, text, sector, feedback, null);
    }

    public RecordContribution(String visitId, String contributionId, ContributionKind kind, String text,
                              Sector sector) {
        this(visitId, contributionId, kind, text, sector, null, null);
    }
}
