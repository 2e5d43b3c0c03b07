package se.nyskapa.security.account;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins for this account or from this address: the next try is allowed after {@link #retryAfter}. */
public class TooManyLoginAttempts extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyLoginAttempts(Duration retryAfter) {
        super("too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
