package se.nyskapa.region;

/**
 * A kommun, identified by its official code (SCB's in Sweden, SSB's in Norway).
 */
public record Municipality(String code, String name) {
}
