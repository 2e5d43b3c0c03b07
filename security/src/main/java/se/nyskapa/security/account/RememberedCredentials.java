package se.nyskapa.security.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Remembers passwords verified a moment ago, so that HTTP Basic, which sends the password with every request, does
 * not cost a password hash (~90 ms) per request. Only a keyed fingerprint of name and password is kept, under a key
 * that lives and dies with this process; a failed check is never remembered, and an account that changes is
 * forgotten at once here (on other services within the remembering time).
 */
public class RememberedCredentials implements AuthenticationProvider {

    private final AuthenticationProvider checker;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec fingerprintKey;

    public RememberedCredentials(AuthenticationProvider checker, Duration remembering) {
        this.checker = checker;
        this.verified = Caffeine.newBuilder().expireAfterWrite(remembering).maximumSize(10_000).build();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.fingerprintKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String fingerprint = fingerprint(authentication.getName(), String.valueOf(authentication.getCredentials()));
        Authentication known = verified.getIfPresent(fingerprint);
        if (known != null) {
            return known;
        }
        Authentication checked = checker.authenticate(authentication);
        if (checked != null && checked.isAuthenticated()) {
            verified.put(fingerprint, checked);
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @EventListener
    public void forget(AccountChanged changed) {
        verified.asMap().values().removeIf(known -> known.getName().equals(changed.username()));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
