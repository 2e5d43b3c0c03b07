package se.nyskapa.security.account;

import se.nyskapa.security.Role;

import java.util.Set;

/** A local account as stored: the password only as its hash. */
public record Account(String username, String passwordHash, Set<Role> roles, boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    /** The account as administrators see it, without its hash. */
    public AccountView view() {
        return new AccountView(username, roles.stream().sorted().toList(), enabled);
    }
}
