package se.nyskapa.programme;

public record FindProgrammeSummary(String programmeId) {
}
