package se.nyskapa.feedback;

public record FindMunicipalityFeedback(String municipalityCode) {
}
