package se.nyskapa.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses a change that a browser says another site started ({@code Sec-Fetch-Site: cross-site}). Requests that
 * sign in with a header are exempt from the CSRF token, and a browser may remember an HTTP Basic password and
 * send it along with another site's form; this closes that door for every browser that sends fetch metadata.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "origin", "a change started by another site");
            return;
        }
        chain.doFilter(request, response);
    }
}
