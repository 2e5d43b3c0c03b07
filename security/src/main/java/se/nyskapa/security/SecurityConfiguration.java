package se.nyskapa.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.nyskapa.security.account.Accounts;
import se.nyskapa.security.account.FirstAdmin;
import se.nyskapa.security.account.LocalAccounts;
import se.nyskapa.security.account.LoginThrottle;
import se.nyskapa.security.account.RememberedCredentials;

import java.util.List;

/**
 * One security set-up for every service: the rules of {@link AccessRules}; HTTP Basic for the API (stateless:
 * nothing is kept between requests, so any service answers any request) and form login with a session for the
 * pages; OpenID Connect login and bearer tokens where a provider is configured; CSRF tokens for what a session
 * changes; strict security headers everywhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /** No inline script or style anywhere, nothing from elsewhere, no framing, forms only to ourselves. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** What is answered in problem+json, never with the login page: the API, its OpenAPI documents, the metrics. */
    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/")
                                                         || request.getRequestURI().startsWith("/v3/api-docs")
                                                         || request.getRequestURI().startsWith("/actuator/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean(initMethod = "createTable")
    Accounts accounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher publisher) {
        return new Accounts(jdbc, encoder, publisher);
    }

    @Bean
    RememberedCredentials rememberedCredentials(Accounts accounts, PasswordEncoder encoder,
                                                SecurityProperties properties) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new LocalAccounts(accounts));
        passwords.setPasswordEncoder(encoder);
        return new RememberedCredentials(new LoginThrottle(passwords, properties.loginFailures()),
                                         properties.credentialCache());
    }

    @Bean
    AuthenticationManager authenticationManager(RememberedCredentials credentials) {
        return new ProviderManager(credentials);
    }

    @Bean
    ApplicationRunner firstAdmin(Accounts accounts, @Value("${nyskapa.admin-password:}") String password) {
        return arguments -> new FirstAdmin(accounts).ensure(password);
    }

    /** A path the firewall refuses (an encoded {@code %}, {@code ;}, line break or NUL) is bad input as any other. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(
                response, HttpStatus.BAD_REQUEST, "path", "a path the platform does not take: " + rejected.getMessage());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication,
                                            SecurityProperties properties,
                                            ObjectProvider<ClientRegistrationRepository> oidcLogin,
                                            ObjectProvider<JwtDecoder> bearerTokens) {
        OidcRoles oidcRoles = new OidcRoles(properties.oidc());
        ProblemResponses api = new ProblemResponses(bearerTokens.getIfAvailable() != null);
        // After signing in, back to the page asked for: only a page, never a script's or the browser's own request.
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        pagesOnly.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request)
                                               && String.valueOf(request.getHeader(HttpHeaders.ACCEPT))
                                                        .contains("text/html"));

        http.authorizeHttpRequests(AccessRules::apply)
            .authenticationManager(oidcLogin.getIfAvailable() == null ? authentication
                                                                       : withOpenIdLogin(authentication, oidcRoles))
            .httpBasic(basic -> basic.authenticationEntryPoint(api))
            .formLogin(form -> form.loginPage("/login").failureHandler(new PageLoginFailure()))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .requestCache(cache -> cache.requestCache(pagesOnly))
            .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::hasNoSessionToRide))
            .exceptionHandling(exceptions -> exceptions
                    .defaultAuthenticationEntryPointFor(api, API)
                    .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                                        request -> true)
                    .defaultAccessDeniedHandlerFor(api, API)
                    .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
            .headers(headers -> headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
            .addFilterBefore(new CrossSiteRequests(), CsrfFilter.class);
        if (oidcLogin.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login"));
        }
        JwtDecoder decoder = bearerTokens.getIfAvailable();
        if (decoder != null) {
            // Spring would put this provider only into a manager of its own making, which the accounts' replaces:
            // left to itself, every token would be refused for want of a provider.
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(oidcRoles.jwtConverter());
            http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(api).jwt(
                    jwt -> jwt.authenticationManager(new ProviderManager(tokens))));
        }
        return http.build();
    }

    /**
     * The accounts' manager, and before it the provider that checks an OpenID Connect provider's answer to a
     * browser's login. Spring's oauth2Login puts that provider only into a manager of Spring's making, which the
     * accounts' replaces: left to itself, every such login would fail for want of a provider.
     */
    private static AuthenticationManager withOpenIdLogin(AuthenticationManager accounts, OidcRoles roles) {
        OidcAuthorizationCodeAuthenticationProvider login = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), roles.userService());
        login.setAuthoritiesMapper(roles);
        return new ProviderManager(List.of(login), accounts);
    }

    /**
     * A CSRF token protects what a session lets a browser do by itself. A request that signs in with a header, or
     * an API request without a session (which is then refused as not signed in), has no session to ride on.
     */
    private static boolean hasNoSessionToRide(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
               || API.matches(request) && request.getSession(false) == null;
    }
}
