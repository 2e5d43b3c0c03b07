package se.nyskapa.programme;

public record ListProgrammes() {
}
