package se.nyskapa.proposal;

public record ListProposals() {
}
