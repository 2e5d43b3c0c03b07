package se.nyskapa.query.live;

/** A projection has stored a batch of events: its views may now show something new. */
public record ProjectionChanged(String projection) {
}
