package se.nyskapa.security.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.nyskapa.security.SecurityProperties.LoginFailures;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Slows down password guessing: each account and each client address may fail a number of times, then must wait,
 * earning one more try at a steady rate (token buckets from Bucket4j). Only failures count, so users who type
 * their password right are never held up, and a locked account still lets through those the remembered
 * credentials in front of this let through.
 */
public class LoginThrottle implements AuthenticationProvider {

    private final AuthenticationProvider checker;
    private final LoginFailures allowed;
    private final Cache<String, Bucket> buckets;

    public LoginThrottle(AuthenticationProvider checker, LoginFailures allowed) {
        this.checker = checker;
        this.allowed = allowed;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(allowed.period()).maximumSize(100_000).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Bucket account = bucket("account:" + authentication.getName().toLowerCase(Locale.ROOT), allowed.perAccount());
        Bucket address = bucket("address:" + address(authentication), allowed.perAddress());
        Duration wait = Stream.of(account, address)
                              .map(bucket -> Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()))
                              .max(Duration::compareTo).orElseThrow();
        if (!wait.isZero()) {
            throw new TooManyLoginAttempts(wait);
        }
        try {
            return checker.authenticate(authentication);
        } catch (BadCredentialsException e) {
            account.tryConsume(1);
            address.tryConsume(1);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checker.supports(authentication);
    }

    private Bucket bucket(String key, int failures) {
        return buckets.get(key, ignored -> Bucket.builder().addLimit(
                Bandwidth.builder().capacity(failures).refillGreedy(failures, allowed.period()).build()).build());
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
               ? details.getRemoteAddress() : "unknown";
    }
}
