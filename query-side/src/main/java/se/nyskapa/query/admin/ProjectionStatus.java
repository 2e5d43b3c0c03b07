package se.nyskapa.query.admin;

/**
 * Where one projection stands, across every query-side instance that shares its tokens.
 *
 * @param position          the position in the event stream every segment has reached (this instance's segments as
 *                          it works on them, the others' as their tokens are stored), or -1 before the first event
 * @param head              the position of the newest event in the store
 * @param progress          for a rebuild, how far it has come (0 to 1); 1 when the projection is running normally
 * @param segments          the segments its events are split into
 * @param segmentsHere      those this instance works on
 * @param segmentsElsewhere those another instance has claimed
 * @param segmentsUnclaimed those no instance works on at the moment: released, or left by an instance that stopped,
 *                          until one claims them
 */
public record ProjectionStatus(String name, State state, long position, long head, double progress, int segments,
                               int segmentsHere, int segmentsElsewhere, int segmentsUnclaimed) {

    /** {@code STOPPED}: no instance works on it; {@code REBUILDING}: a rebuild asked of any instance is under way. */
    public enum State {
        RUNNING, REBUILDING, STOPPED, FAILING
    }
}
