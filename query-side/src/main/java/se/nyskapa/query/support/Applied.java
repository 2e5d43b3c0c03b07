package se.nyskapa.query.support;

import java.util.Map;

/**
 * What a document has already taken from each source aggregate. Delivery is at least once (the token and the
 * documents are not written in one transaction), so each document remembers, per source, the last aggregate
 * sequence number applied to it and ignores anything at or below it.
 */
public final class Applied {

    private Applied() {
    }

    /** Records {@code sequence} for {@code source} and says whether it is new to the document. */
    public static boolean firstTime(Map<String, Long> applied, String source, long sequence) {
        Long last = applied.get(source);
        if (last != null && last >= sequence) {
            return false;
        }
        applied.put(source, sequence);
        return true;
    }
}
