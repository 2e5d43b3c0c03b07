package se.nyskapa.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import se.nyskapa.security.account.TooManyLoginAttempts;

import java.io.IOException;

/** Back to the login page after a failed login, saying whether the password was wrong or the user must wait. */
final class PageLoginFailure extends SimpleUrlAuthenticationFailureHandler {

    PageLoginFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, ServletException {
        if (e instanceof TooManyLoginAttempts) {
            getRedirectStrategy().sendRedirect(request, response, "/login?wait");
        } else {
            super.onAuthenticationFailure(request, response, e);
        }
    }
}
