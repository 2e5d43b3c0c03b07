package se.nyskapa.rejection;

/** Thrown by an aggregate that refuses a command; nothing is applied. */
public class RejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public RejectedException(Rejection.Reason reason, String field, String message) {
        super(message);
        this.rejection = new Rejection(reason, field, message);
    }

    public static RejectedException invalid(String field, String message) {
        return new RejectedException(Rejection.Reason.INVALID, field, message);
    }

    public static RejectedException notFound(String field, String message) {
        return new RejectedException(Rejection.Reason.NOT_FOUND, field, message);
    }

    public static RejectedException conflict(String field, String message) {
        return new RejectedException(Rejection.Reason.CONFLICT, field, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
