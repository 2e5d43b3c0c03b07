package se.nyskapa.query.admin;

/**
 * Where one projection stands.
 *
 * @param position the position in the event stream every segment has reached, or -1 before the first event
 * @param head     the position of the newest event in the store
 * @param progress for a rebuild, how far it has come (0 to 1); 1 when the projection is running normally
 */
public record ProjectionStatus(String name, State state, long position, long head, double progress, int segments) {

    public enum State {
        RUNNING, REBUILDING, STOPPED, FAILING
    }
}
