package se.nyskapa.query.web;

/** A request that clashes with what is going on: answered 409 naming the field. */
public class ConflictException extends RequestProblem {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
