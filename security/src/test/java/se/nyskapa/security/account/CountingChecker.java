package se.nyskapa.security.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/** The real password check, counting the times it ran (each one costs a hash). */
final class CountingChecker implements AuthenticationProvider {

    private final AuthenticationProvider checker;
    int checks;

    CountingChecker(AuthenticationProvider checker) {
        this.checker = checker;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        checks++;
        return checker.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checker.supports(authentication);
    }
}
