package se.nyskapa.programme;

import java.time.Instant;

/**
 * A point in a programme draft's life: a published version, the draft as it stood at an instant, or (both null) the
 * live draft.
 */
public record DraftPoint(Integer version, Instant asOf) {

    public static DraftPoint live() {
        return new DraftPoint(null, null);
    }

    public static DraftPoint version(int version) {
        return new DraftPoint(version, null);
    }

    public static DraftPoint asOf(Instant asOf) {
        return new DraftPoint(null, asOf);
    }
}
