package se.nyskapa.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * {@code nyskapa.security.*}: how long verified credentials are remembered, how many failed logins are allowed,
 * and how an OpenID Connect provider's tokens name users and roles.
 *
 * @param credentialCache how long a password checked for HTTP Basic is taken as checked (the hash costs ~90 ms;
 *                        a changed password or role is seen at once on the service that changed it, on the others
 *                        within this time)
 * @param loginFailures   failed logins allowed per account, and per client address, before they must wait
 * @param oidc            the claims of an OpenID Connect provider's tokens
 */
@ConfigurationProperties("nyskapa.security")
public record SecurityProperties(Duration credentialCache, LoginFailures loginFailures, Oidc oidc) {

    public SecurityProperties {
        credentialCache = credentialCache == null ? Duration.ofSeconds(60) : credentialCache;
        loginFailures = loginFailures == null ? new LoginFailures(5, 20, Duration.ofMinutes(5)) : loginFailures;
        oidc = oidc == null ? new Oidc(null, null, Map.of()) : oidc;
    }

    /**
     * @param perAccount failures allowed per account within {@code period} (one more is allowed each
     *                   {@code period / perAccount} after)
     * @param perAddress the same per client address
     */
    public record LoginFailures(int perAccount, int perAddress, Duration period) {
    }

    /**
     * @param usernameClaim the claim that names the user (default {@code preferred_username}, then {@code sub})
     * @param rolesClaim    the claim holding the user's roles, dotted for nested ones (default {@code roles};
     *                      Keycloak: {@code realm_access.roles})
     * @param roleMapping   a claim value to a role, for providers whose group names are not Nyskapa's role names;
     *                      a value not in the map counts when it is a role's name in any case
     */
    public record Oidc(String usernameClaim, String rolesClaim, Map<String, Role> roleMapping) {

        public Oidc {
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        }
    }
}
