package se.nyskapa.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static se.nyskapa.security.Role.ADMIN;
import static se.nyskapa.security.Role.ANALYST;
import static se.nyskapa.security.Role.LEADERSHIP;
import static se.nyskapa.security.Role.STAFF;

/**
 * Who may do what, for every page and endpoint of every service, in one place. The first rule that matches a
 * request decides; a request no rule names is refused, so a new endpoint is closed until it is given a rule here.
 *
 * <p>Reading follows the areas: what staff use (tours, visits, the themes to tag with, a kommun's återkoppling,
 * who changed what), what analysts use (analysis, search, proposals, exports) and the programme; leadership reads
 * it all.
 * Changing follows the roles: staff log, analysts curate and build proposals, leadership decides the programme.
 */
public final class AccessRules {

    /** Who may be anyone, signed in or not: the login page and what every page needs to be drawn. */
    static final Set<Role> EVERYONE = Set.of();

    private static final Set<Role> STAFF_READERS = EnumSet.of(STAFF, ANALYST, LEADERSHIP);
    private static final Set<Role> ANALYSIS_READERS = EnumSet.of(ANALYST, LEADERSHIP);
    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

    /** A rule: requests with this method (any when null) on these path patterns may be made by these roles. */
    public record Rule(HttpMethod method, List<String> patterns, Set<Role> roles) {

        static Rule of(HttpMethod method, Set<Role> roles, String... patterns) {
            return new Rule(method, List.of(patterns), roles);
        }

        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    public static final List<Rule> RULES = List.of(
            Rule.of(HttpMethod.GET, EVERYONE, "/login", "/css/**", "/js/**", "/fonts/**", "/favicon.ico",
                    "/offline-worker.js", "/actuator/health", "/actuator/health/**"),
            Rule.of(HttpMethod.POST, EVERYONE, "/login"),
            Rule.of(HttpMethod.POST, SIGNED_IN, "/logout"),

            Rule.of(null, EnumSet.of(ADMIN), "/api/admin/**", "/admin/**"),
            // on the service's own port; on a management port of its own, see MANAGEMENT_SERVER
            Rule.of(HttpMethod.GET, EnumSet.of(ADMIN), "/actuator/prometheus"),

            Rule.of(HttpMethod.PUT, EnumSet.of(STAFF, ANALYST), "/api/visits/*/contributions/*/themes"),
            Rule.of(HttpMethod.GET, STAFF_READERS, "/api/visits/**", "/api/tours/**", "/visits/**", "/tours",
                    "/tours/**", "/api/themes", "/api/themes/suggestions", "/api/municipalities",
                    "/municipalities/*/feedback", "/municipalities/*/feedback.pdf",
                    "/api/municipalities/*/feedback", "/history/**", "/api/history/**"),
            Rule.of(null, EnumSet.of(STAFF), "/api/visits", "/api/visits/**", "/api/tours", "/api/tours/**"),

            Rule.of(HttpMethod.GET, ANALYSIS_READERS, "/analysis", "/municipalities/**", "/themes", "/themes/**",
                    "/search", "/proposals", "/proposals/**", "/exports", "/programmes", "/programmes/**",
                    "/api/themes/**", "/api/search", "/api/municipalities/**", "/api/proposals", "/api/proposals/**",
                    "/api/exports/**", "/api/programmes", "/api/programmes/**"),
            Rule.of(null, EnumSet.of(ANALYST), "/api/themes", "/api/themes/**", "/api/proposals",
                    "/api/proposals/**"),
            Rule.of(null, EnumSet.of(LEADERSHIP), "/api/programmes", "/api/programmes/**"),

            Rule.of(HttpMethod.GET, SIGNED_IN, "/", "/api/live", "/v3/api-docs", "/v3/api-docs/**",
                    "/v3/api-docs.yaml", "/v3/api-docs.yaml/**"));

    /**
     * A request to the actuator on a management port of its own ({@code management.server.port}, which the
     * containers set): that port serves only health and metrics and is reached from inside the cluster alone (the
     * proxy does not route it), by Prometheus and the probes, which do not sign in. Spring Boot puts this filter
     * chain on that port too.
     */
    static final RequestMatcher MANAGEMENT_SERVER = request -> WebServerApplicationContext.hasServerNamespace(
            WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()),
            WebServerNamespace.MANAGEMENT.getValue());

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        // An error page or the rest of a streamed answer belongs to a request that was let in already.
        requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
        requests.requestMatchers(MANAGEMENT_SERVER).permitAll();
        for (Rule rule : RULES) {
            var matchers = rule.patterns().stream()
                               .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(rule.method(), pattern))
                               .toArray(PathPatternRequestMatcher[]::new);
            var access = requests.requestMatchers(matchers);
            if (rule.isPublic()) {
                access.permitAll();
            } else {
                access.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        requests.anyRequest().denyAll();
    }
}
