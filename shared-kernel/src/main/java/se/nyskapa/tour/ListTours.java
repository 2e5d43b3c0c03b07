package se.nyskapa.tour;

public record ListTours() {
}
