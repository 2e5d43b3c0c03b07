package se.nyskapa.security.account;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.nyskapa.security.Role;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedCredentialsTests {

    private final AccountDatabase database = new AccountDatabase();
    private final CountingChecker checker = database.checker();
    private final RememberedCredentials remembered = new RememberedCredentials(checker, Duration.ofMinutes(1));

    RememberedCredentialsTests() {
        database.accounts.create("anna", "annas långa lösenord", List.of(Role.STAFF));
    }

    @Test
    void aPasswordCheckedAMomentAgo_isNotHashedAgain() {
        for (int i = 0; i < 50; i++) {
            assertThat(remembered.authenticate(login("annas långa lösenord")).getName()).isEqualTo("anna");
        }

        assertThat(checker.checks).isEqualTo(1);
    }

    @Test
    void aWrongPassword_isCheckedEveryTime_andNeverRemembered() {
        remembered.authenticate(login("annas långa lösenord"));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> remembered.authenticate(login("annas långa lösenorD")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checker.checks).isEqualTo(4);
    }

    @Test
    void aChangedAccount_isForgotten_soTheOldPasswordStopsWorkingAtOnce() {
        remembered.authenticate(login("annas långa lösenord"));

        database.accounts.changePassword("anna", "annas nya långa lösenord");
        database.published.forEach(event -> remembered.forget((AccountChanged) event));

        assertThatThrownBy(() -> remembered.authenticate(login("annas långa lösenord")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(remembered.authenticate(login("annas nya långa lösenord")).isAuthenticated()).isTrue();
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("anna", password);
    }
}
