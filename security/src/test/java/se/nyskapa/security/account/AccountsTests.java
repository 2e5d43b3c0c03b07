package se.nyskapa.security.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.rejection.Rejection.Reason;
import se.nyskapa.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTests {

    private final AccountDatabase database = new AccountDatabase();
    private final Accounts accounts = database.accounts;

    @Test
    void aCreatedAccount_keepsOnlyAHashOfItsPassword() {
        accounts.create("anna", "ett långt lösenord", List.of(Role.STAFF, Role.ANALYST));

        Account anna = accounts.find("anna").orElseThrow();
        assertThat(anna.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.ANALYST);
        assertThat(anna.passwordHash()).startsWith("{bcrypt}").doesNotContain("långt");
        assertThat(accounts.hasPassword(anna, "ett långt lösenord")).isTrue();
        assertThat(accounts.list()).containsExactly(new AccountView("anna", List.of(Role.STAFF, Role.ANALYST), true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Anna", "anna berg", "-anna", "anna/../x", "ånna"})
    void aMalformedName_isRefused_namingTheUsername(String username) {
        assertRefused(() -> accounts.create(username, "ett långt lösenord", List.of(Role.STAFF)), Reason.INVALID,
                      "username");
    }

    @Test
    void aShortOrOverlongPassword_isRefused_namingThePassword() {
        assertRefused(() -> accounts.create("anna", "kort", List.of(Role.STAFF)), Reason.INVALID, "password");
        assertRefused(() -> accounts.create("anna", "ö".repeat(37), List.of(Role.STAFF)), Reason.INVALID,
                      "password");
        assertThat(accounts.find("anna")).isEmpty();
    }

    @Test
    void noRoles_isRefused_namingTheRoles() {
        assertRefused(() -> accounts.create("anna", "ett långt lösenord", List.of()), Reason.INVALID, "roles");
        assertRefused(() -> accounts.create("anna", "ett långt lösenord", Arrays.asList(Role.STAFF, null)),
                      Reason.INVALID, "roles");
    }

    @Test
    void aTakenName_isAConflict() {
        accounts.create("anna", "ett långt lösenord", List.of(Role.STAFF));

        assertRefused(() -> accounts.create("anna", "ett annat långt", List.of(Role.ADMIN)), Reason.CONFLICT,
                      "username");
        assertThat(accounts.find("anna").orElseThrow().roles()).containsExactly(Role.STAFF);
    }

    @Test
    void changes_areTold_soThatCachesForgetTheAccount() {
        accounts.create("anna", "ett långt lösenord", List.of(Role.STAFF));

        accounts.changeRoles("anna", Set.of(Role.LEADERSHIP));
        accounts.changePassword("anna", "ett nytt långt lösenord");
        accounts.enable("anna", false);

        assertThat(database.published).containsExactly(new AccountChanged("anna"), new AccountChanged("anna"),
                                                       new AccountChanged("anna"));
        Account anna = accounts.find("anna").orElseThrow();
        assertThat(anna.roles()).containsExactly(Role.LEADERSHIP);
        assertThat(anna.enabled()).isFalse();
        assertThat(accounts.hasPassword(anna, "ett nytt långt lösenord")).isTrue();
    }

    @Test
    void changingSomeoneWhoDoesNotExist_isNotFound() {
        assertRefused(() -> accounts.changeRoles("nobody", Set.of(Role.STAFF)), Reason.NOT_FOUND, "username");
        assertRefused(() -> accounts.changePassword("nobody", "ett långt lösenord"), Reason.NOT_FOUND, "username");
    }

    private static void assertRefused(Runnable change, Reason reason, String field) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.rejection().reason()).isEqualTo(reason);
            assertThat(e.rejection().field()).isEqualTo(field);
        });
    }
}
