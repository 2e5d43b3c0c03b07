package se.nyskapa.query.web;

/** A request parameter whose value the API cannot take: answered 400 naming the parameter. */
public class InvalidParameterException extends RequestProblem {

    public InvalidParameterException(String field, String message) {
        super(field, message);
    }
}
