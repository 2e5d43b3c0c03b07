package se.nyskapa.visit;

/** planerad, genomförd, avslutad. */
public enum VisitStatus {
    PLANNED, HELD, CONCLUDED
}
