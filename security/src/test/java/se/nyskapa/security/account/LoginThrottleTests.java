package se.nyskapa.security.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.nyskapa.security.Role;
import se.nyskapa.security.SecurityProperties.LoginFailures;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTests {

    private final AccountDatabase database = new AccountDatabase();
    private final CountingChecker checker = database.checker();
    private final LoginThrottle throttle = new LoginThrottle(checker, new LoginFailures(3, 5, Duration.ofMinutes(5)));

    LoginThrottleTests() {
        database.accounts.create("anna", "annas långa lösenord", List.of(Role.STAFF));
        database.accounts.create("erik", "eriks långa lösenord", List.of(Role.STAFF));
    }

    @Test
    void anAccountThatFailedTooOften_mustWait_evenWithTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> throttle.authenticate(login("anna", "fel"))).isInstanceOf(
                    BadCredentialsException.class);
        }

        assertThatThrownBy(() -> throttle.authenticate(login("anna", "annas långa lösenord")))
                .isInstanceOfSatisfying(TooManyLoginAttempts.class,
                                        e -> assertThat(e.retryAfter()).isPositive()
                                                                      .isLessThanOrEqualTo(Duration.ofMinutes(2)));
        assertThat(checker.checks).as("a throttled attempt costs no hash").isEqualTo(3);
        assertThat(throttle.authenticate(login("erik", "eriks långa lösenord")).isAuthenticated()).isTrue();
    }

    @Test
    void rightPasswords_areNeverCounted() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.authenticate(login("anna", "annas långa lösenord")).isAuthenticated()).isTrue();
        }
    }

    private static Authentication login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
