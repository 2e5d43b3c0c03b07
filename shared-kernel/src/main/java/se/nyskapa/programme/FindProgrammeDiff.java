package se.nyskapa.programme;

/** What changed in a programme draft between two points of its life. */
public record FindProgrammeDiff(String programmeId, DraftPoint from, DraftPoint to) {
}
