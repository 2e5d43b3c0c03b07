package se.nyskapa.visit;

/** Everything that happens to one contribution of a visit. */
public sealed interface ContributionEvent extends VisitEvent
        permits ContributionRecorded, ContributionAmended, ContributionRetracted, ContributionTagged {

    String contributionId();
}
