package se.nyskapa.query.web;

/** A request that clashes with what is going on: answered 409 naming the field. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
