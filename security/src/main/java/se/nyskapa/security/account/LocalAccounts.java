package se.nyskapa.security.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import se.nyskapa.security.Role;

/** The local accounts as Spring Security reads them at login. */
public class LocalAccounts implements UserDetailsService {

    private final Accounts accounts;

    public LocalAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                   .password(account.passwordHash())
                   .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                   .disabled(!account.enabled())
                   .build();
    }
}
