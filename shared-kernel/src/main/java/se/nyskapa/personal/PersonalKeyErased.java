package se.nyskapa.personal;

import java.time.Instant;

/**
 * A person's key was destroyed: everything sealed under it reads {@link Contributor#ERASED} from now on. It names the
 * key alone, never the person; every service that keeps keys in memory forgets this one when it reads the event.
 */
public record PersonalKeyErased(String keyId, Instant erasedAt) {
}
