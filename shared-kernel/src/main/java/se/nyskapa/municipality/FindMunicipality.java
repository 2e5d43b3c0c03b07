package se.nyskapa.municipality;

/** @param page zero-based page of the kommun's needs, newest first */
public record FindMunicipality(String code, int page) {
}
