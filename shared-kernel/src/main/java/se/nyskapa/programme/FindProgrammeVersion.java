package se.nyskapa.programme;

public record FindProgrammeVersion(String programmeId, int version) {
}
