package se.nyskapa.security.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The local accounts, in a table of their own in the application's database, so that every service sharing the
 * database knows the same users. Passwords are kept only as hashes from the configured {@link PasswordEncoder}; a
 * hash never leaves this class (not into events, pages or logs), which is also why accounts are not event-sourced:
 * an event is kept forever, a password hash must go when the password changes.
 */
public class Accounts {

    /** Lower case letters, digits and {@code . _ -}, starting with a letter or digit: safe in paths and logs. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 12;
    /** BCrypt reads at most 72 bytes; a longer password would be cut without a word. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher publisher;

    public Accounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.publisher = publisher;
    }

    public void createTable() {
        jdbc.sql("""
                 CREATE TABLE IF NOT EXISTS user_account (
                     username VARCHAR(64) PRIMARY KEY,
                     password_hash VARCHAR(255) NOT NULL,
                     roles VARCHAR(255) NOT NULL,
                     enabled BOOLEAN NOT NULL)""").update();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled FROM user_account WHERE username = ?")
                   .param(username)
                   .query((row, index) -> new Account(row.getString(1), row.getString(2), roles(row.getString(3)),
                                                      row.getBoolean(4)))
                   .optional();
    }

    public List<AccountView> list() {
        return jdbc.sql("SELECT username, roles, enabled FROM user_account ORDER BY username")
                   .query((row, index) -> new AccountView(row.getString(1),
                                                          roles(row.getString(2)).stream().sorted().toList(),
                                                          row.getBoolean(3)))
                   .list();
    }

    /** Creates an account; refuses a taken or malformed name, a weak password and an empty set of roles. */
    public AccountView create(String username, String password, Collection<Role> roles) {
        checkUsername(username);
        checkPassword(password);
        Set<Role> granted = checkRoles(roles);
        try {
            jdbc.sql("INSERT INTO user_account (username, password_hash, roles, enabled) VALUES (?, ?, ?, TRUE)")
                .params(username, encoder.encode(password), text(granted)).update();
        } catch (DuplicateKeyException e) {
            throw RejectedException.conflict("username", "there is already a user named " + username);
        }
        return new AccountView(username, granted.stream().sorted().toList(), true);
    }

    public AccountView changeRoles(String username, Collection<Role> roles) {
        Set<Role> granted = checkRoles(roles);
        update(username, "UPDATE user_account SET roles = ? WHERE username = ?", text(granted));
        return find(username).orElseThrow().view();
    }

    public void changePassword(String username, String password) {
        checkPassword(password);
        update(username, "UPDATE user_account SET password_hash = ? WHERE username = ?", encoder.encode(password));
    }

    public AccountView enable(String username, boolean enabled) {
        update(username, "UPDATE user_account SET enabled = ? WHERE username = ?", enabled);
        return find(username).orElseThrow().view();
    }

    /** Whether this is the account's password: for a start-up that is told a password, not for logging in. */
    public boolean hasPassword(Account account, String password) {
        return encoder.matches(password, account.passwordHash());
    }

    private void update(String username, String sql, Object value) {
        if (jdbc.sql(sql).params(value, username).update() == 0) {
            throw RejectedException.notFound("username", "there is no user named " + username);
        }
        publisher.publishEvent(new AccountChanged(username));
    }

    private static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw RejectedException.invalid("username", "2 to 64 lower case letters, digits, '.', '_' or '-', "
                                                        + "starting with a letter or digit");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw RejectedException.invalid("password", "at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw RejectedException.invalid("password", "at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
    }

    private static Set<Role> checkRoles(Collection<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw RejectedException.invalid("roles", "one or more of " + Arrays.toString(Role.values()));
        }
        return EnumSet.copyOf(roles);
    }

    private static String text(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String text) {
        return Arrays.stream(text.split(",")).map(Role::parse).flatMap(Optional::stream)
                     .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
