package se.nyskapa.command.user;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user signed in on the request that sends the command: a local account's name, or the name an OpenID Connect
 * provider gives. A command sent outside any request with nobody signed in (a test through the gateway) is sent by
 * {@value #NOBODY}.
 */
public final class SignedInUser implements CurrentUser {

    /** Swedish for anonymous, like the UI; no real user can be named so (user names are lower case ASCII). */
    public static final String NOBODY = "anonym";

    @Override
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
               || !authentication.isAuthenticated() ? NOBODY : authentication.getName();
    }
}
