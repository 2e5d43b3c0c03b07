package se.nyskapa.command.visit;

import se.nyskapa.visit.ContributionKind;

import java.util.Optional;

/**
 * Every contribution on the platform and where it was heard. Contribution ids are chosen by clients and cited by
 * proposals, so they must be unique across the platform, not only within a visit: a set-based rule no single
 * aggregate can check; proposals look up their evidence here too.
 */
public interface ContributionRegistry {

    Optional<RegisteredContribution> find(String contributionId);

    record RegisteredContribution(String contributionId, String visitId, String municipalityCode,
                                  ContributionKind kind, boolean retracted) {
    }
}
