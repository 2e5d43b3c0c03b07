package se.nyskapa.proposal;

/** A contribution cited as a proposal's evidence, with where it was heard. */
public record Evidence(String contributionId, String visitId, String municipalityCode) {
}
