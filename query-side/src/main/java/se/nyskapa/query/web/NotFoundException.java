package se.nyskapa.query.web;

/** A read of something that does not exist: answered 404 naming the field that named it. */
public class NotFoundException extends RequestProblem {

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
