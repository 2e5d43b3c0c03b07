package se.nyskapa.programme;

public enum ProgrammeStatus {
    DRAFT, ADOPTED
}
