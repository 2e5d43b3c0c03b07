package se.nyskapa.query.visit;

import se.nyskapa.personal.Contributor;
import se.nyskapa.visit.VisitView;

import java.util.stream.Stream;

/**
 * How a contribution's personal data goes into the HTML of its visit's page: never opened, because the offline
 * worker keeps a copy of the page on the device. What is there is marked hidden and read by the page's script from
 * the API (which is never kept) while the page is open; what was erased shows as erased.
 */
public record PersonalOnPage(boolean textHidden, boolean textErased, boolean contributorHidden,
                             boolean contributorErased) {

    static PersonalOnPage of(VisitView.ContributionView contribution) {
        boolean textErased = contribution.personalText() && Contributor.ERASED.equals(contribution.text());
        Contributor contributor = contribution.contributor();
        boolean contributorErased = contributor != null
                && Stream.of(contributor.name(), contributor.email(), contributor.organisation())
                         .anyMatch(Contributor.ERASED::equals);
        return new PersonalOnPage(contribution.personalText() && !textErased, textErased,
                                  contributor != null && !contributorErased, contributorErased);
    }
}
