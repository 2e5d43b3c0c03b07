package se.nyskapa.security.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.rejection.Rejection;
import se.nyskapa.security.Role;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Makes sure an administrator can sign in: the first start creates the user {@value #USERNAME} with the password
 * given as {@code NYSKAPA_ADMIN_PASSWORD} ({@code nyskapa.admin-password}), or with a one-time password printed
 * once to the log. A later start with another password given sets it: that is how the password is rotated, and
 * how every service sharing the accounts agrees on it.
 */
public class FirstAdmin {

    public static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;

    public FirstAdmin(Accounts accounts) {
        this.accounts = accounts;
    }

    public void ensure(String givenPassword) {
        var existing = accounts.find(USERNAME);
        if (existing.isPresent()) {
            if (givenPassword != null && !givenPassword.isEmpty()
                && !accounts.hasPassword(existing.get(), givenPassword)) {
                accounts.changePassword(USERNAME, givenPassword);
                log.info("The password of '{}' was set from NYSKAPA_ADMIN_PASSWORD", USERNAME);
            }
            return;
        }
        boolean given = givenPassword != null && !givenPassword.isEmpty();
        String password = given ? givenPassword : oneTimePassword();
        try {
            accounts.create(USERNAME, password, Set.of(Role.ADMIN));
        } catch (RejectedException e) {
            if (e.rejection().reason() == Rejection.Reason.CONFLICT) {
                return; // another service sharing the accounts created it a moment ago
            }
            throw new IllegalStateException("NYSKAPA_ADMIN_PASSWORD: " + e.rejection().message(), e);
        }
        if (given) {
            log.info("Created the user '{}' with the password from NYSKAPA_ADMIN_PASSWORD", USERNAME);
        } else {
            log.warn("Created the user '{}' with the one-time password {} : sign in and create your own users; set "
                     + "NYSKAPA_ADMIN_PASSWORD to choose it instead. It is shown only this once.", USERNAME, password);
        }
    }

    private static String oneTimePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
