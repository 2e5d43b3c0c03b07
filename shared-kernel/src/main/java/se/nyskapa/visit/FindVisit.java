package se.nyskapa.visit;

public record FindVisit(String visitId) {
}
