package se.nyskapa.rejection;

/**
 * Why a command was refused, in a form that survives being sent between services
 * (it travels as the details of a command execution exception).
 *
 * @param reason  what kind of refusal: decides the HTTP status the client sees
 * @param field   the request field the refusal is about, or {@code null} when it is about the whole request
 * @param message a sentence for people
 */
public record Rejection(Reason reason, String field, String message) {

    public enum Reason {
        /** the input breaks a rule whatever the state: 400 */
        INVALID,
        /** the thing named does not exist: 404 */
        NOT_FOUND,
        /** the input clashes with the current state: 409 */
        CONFLICT
    }
}
