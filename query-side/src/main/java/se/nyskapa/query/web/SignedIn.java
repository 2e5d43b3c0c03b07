package se.nyskapa.query.web;

import se.nyskapa.security.Role;

import java.util.Set;

/** Who is looking at a page, for the header (their name, signing out) and for offering only what they may do. */
public record SignedIn(String name, Set<Role> roles) {

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    /** Whether the user holds any of these roles (by name, as templates call it). */
    public boolean any(String... names) {
        for (String name : names) {
            if (Role.parse(name).filter(roles::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
