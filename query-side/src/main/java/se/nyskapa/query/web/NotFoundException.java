package se.nyskapa.query.web;

/** A read of something that does not exist: answered 404 naming the field that named it. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
