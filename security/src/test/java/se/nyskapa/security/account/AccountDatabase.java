package se.nyskapa.security.account;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Real accounts in an in-memory H2 database of a test's own, with the platform's password encoder. */
final class AccountDatabase {

    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final List<Object> published = new ArrayList<>();
    final Accounts accounts;

    AccountDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        accounts = new Accounts(JdbcClient.create(dataSource), encoder, published::add);
        accounts.createTable();
    }

    /** Checks passwords as the platform does, and counts how often it had to. */
    CountingChecker checker() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new LocalAccounts(accounts));
        passwords.setPasswordEncoder(encoder);
        return new CountingChecker(passwords);
    }
}
