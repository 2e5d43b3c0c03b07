package se.nyskapa.query.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.nyskapa.security.Role;

import java.util.Optional;
import java.util.stream.Collectors;

/** Gives every page the signed-in user, or none on the login page. */
@ControllerAdvice(annotations = Controller.class)
class SignedInPages {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    @ModelAttribute("signedIn")
    SignedIn signedIn(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            // An error page is drawn after the request's own security context has been put away.
            authentication = sessions.loadDeferredContext(request).get().getAuthentication();
        }
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return new SignedIn(authentication.getName(), authentication.getAuthorities().stream()
                                                                     .map(GrantedAuthority::getAuthority)
                                                                     .map(Role::ofAuthority)
                                                                     .flatMap(Optional::stream)
                                                                     .collect(Collectors.toSet()));
    }
}
