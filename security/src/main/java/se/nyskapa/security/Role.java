package se.nyskapa.security;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do; a user holds one or more. The rules per endpoint are in {@link AccessRules}. */
public enum Role {
    /** Regional staff: plan visits, log and correct contributions (and tag them while logging). */
    STAFF,
    /** Analysts: themes, tagging, proposals and their assessment. */
    ANALYST,
    /** Leadership: read everything, decide the programme (place, publish, adopt). */
    LEADERSHIP,
    /** Administrators: users, projection replay, erasure of personal data. */
    ADMIN;

    private static final String PREFIX = "ROLE_";

    /** The role as Spring Security names granted authorities. */
    public String authority() {
        return PREFIX + name();
    }

    public static Optional<Role> ofAuthority(String authority) {
        return authority.startsWith(PREFIX) ? parse(authority.substring(PREFIX.length())) : Optional.empty();
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
