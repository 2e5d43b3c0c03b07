package se.nyskapa.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nyskapa's roles, and the user's name, from an OpenID Connect provider's claims, the same for a browser's login
 * (ID token and user info) and for the API's bearer tokens: the configured claim (dotted for a nested one, as
 * Keycloak's {@code realm_access.roles}) holds a list of names, or one name; each becomes a role by the mapping, or
 * by being a role's name. Nothing else grants anything.
 */
final class OidcRoles implements GrantedAuthoritiesMapper {

    private final SecurityProperties.Oidc oidc;

    OidcRoles(SecurityProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                          .filter(OidcUserAuthority.class::isInstance)
                          .map(OidcUserAuthority.class::cast)
                          .flatMap(user -> roles(user.getAttributes()).stream())
                          .collect(Collectors.toSet());
    }

    /**
     * Loads a user who signs in in a browser, named by the same claim as a bearer token's user (or by the subject
     * where the provider does not give it), so that one person has one name in the history however they came in.
     */
    OidcUserService userService() {
        OidcUserService users = new OidcUserService();
        users.setOidcUserConverter(source -> {
            OidcIdToken idToken = source.getUserRequest().getIdToken();
            OidcUserInfo userInfo = source.getUserInfo();
            String name = new DefaultOidcUser(Set.of(), idToken, userInfo).getAttributes()
                                  .containsKey(oidc.usernameClaim()) ? oidc.usernameClaim() : IdTokenClaimNames.SUB;
            return new DefaultOidcUser(Set.of(new OidcUserAuthority(idToken, userInfo)), idToken, userInfo, name);
        });
        return users;
    }

    Converter<Jwt, AbstractAuthenticationToken> jwtConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> List.copyOf(roles(jwt.getClaims())));
        converter.setPrincipalClaimName(oidc.usernameClaim());
        return jwt -> converter.convert(jwt.hasClaim(oidc.usernameClaim()) ? jwt : withSubjectAsName(jwt));
    }

    private Jwt withSubjectAsName(Jwt jwt) {
        return Jwt.withTokenValue(jwt.getTokenValue()).headers(headers -> headers.putAll(jwt.getHeaders()))
                  .claims(claims -> {
                      claims.putAll(jwt.getClaims());
                      claims.put(oidc.usernameClaim(), jwt.getSubject());
                  }).build();
    }

    Set<GrantedAuthority> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String step : oidc.rolesClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        return names.stream().map(String::valueOf).map(this::role).filter(Objects::nonNull)
                    .map(role -> new SimpleGrantedAuthority(role.authority()))
                    .collect(Collectors.toSet());
    }

    private Role role(String name) {
        Role mapped = oidc.roleMapping().get(name);
        return mapped != null ? mapped : Role.parse(name.toUpperCase(Locale.ROOT)).orElse(null);
    }
}
