package se.nyskapa.command.visit;

import java.util.Optional;

/**
 * Which visit holds each contribution id. Contribution ids are chosen by clients and cited by proposals, so they
 * must be unique across the platform, not only within a visit: a set-based rule no single aggregate can check.
 */
public interface ContributionRegistry {

    Optional<String> visitOf(String contributionId);
}
