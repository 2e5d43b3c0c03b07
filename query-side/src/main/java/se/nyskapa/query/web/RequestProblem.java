package se.nyskapa.query.web;

/** A request the API answers with a problem naming the field (path variable or parameter) at fault. */
public abstract class RequestProblem extends RuntimeException {

    private final String field;

    protected RequestProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
