package se.nyskapa.proposal;

import java.time.Instant;

/** The proposal as it stood at {@code asOf}, computed from the events stored up to then. */
public record FindProposalAsOf(String proposalId, Instant asOf) {
}
