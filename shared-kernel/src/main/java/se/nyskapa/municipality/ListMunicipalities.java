package se.nyskapa.municipality;

public record ListMunicipalities() {
}
