package se.nyskapa.security.account;

import se.nyskapa.security.Role;

import java.util.List;

/** A local account as administrators see it: never its password or hash. */
public record AccountView(String username, List<Role> roles, boolean enabled) {
}
