package se.nyskapa.security.account;

import org.junit.jupiter.api.Test;
import se.nyskapa.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdminTests {

    private final Accounts accounts = new AccountDatabase().accounts;
    private final FirstAdmin firstAdmin = new FirstAdmin(accounts);

    @Test
    void theFirstStart_createsTheAdministrator_withTheGivenPassword() {
        firstAdmin.ensure("det givna lösenordet");

        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.hasPassword(admin, "det givna lösenordet")).isTrue();
    }

    @Test
    void withoutAGivenPassword_theAdministratorGetsAOneTimePassword() {
        firstAdmin.ensure("");

        Account admin = accounts.find("admin").orElseThrow();
        assertThat(admin.passwordHash()).isNotBlank();
        assertThat(accounts.hasPassword(admin, "")).isFalse();
    }

    @Test
    void aLaterStartWithAnotherPassword_rotatesIt_andOneWithoutLeavesItAlone() {
        firstAdmin.ensure("det första lösenordet");

        firstAdmin.ensure("det andra lösenordet");
        firstAdmin.ensure(null);

        assertThat(accounts.hasPassword(accounts.find("admin").orElseThrow(), "det andra lösenordet")).isTrue();
    }
}
