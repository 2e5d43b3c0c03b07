package se.nyskapa.proposal;

public record FindProposal(String proposalId) {
}
