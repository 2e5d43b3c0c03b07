package se.nyskapa.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OidcRolesTests {

    @Test
    void rolesAreReadFromTheConfiguredClaim_byName_inAnyCase() {
        OidcRoles roles = new OidcRoles(new SecurityProperties.Oidc(null, "roles", Map.of()));

        assertThat(names(roles.roles(Map.of("roles", List.of("analyst", "LEADERSHIP", "gäst")))))
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_LEADERSHIP");
        assertThat(names(roles.roles(Map.of("roles", "STAFF")))).containsExactly("ROLE_STAFF");
        assertThat(roles.roles(Map.of("groups", List.of("STAFF")))).isEmpty();
    }

    @Test
    void aNestedClaim_andAMapping_asKeycloakAndEntraIdGroupsNeedThem() {
        OidcRoles roles = new OidcRoles(new SecurityProperties.Oidc(
                null, "realm_access.roles", Map.of("nyskapa-ledning", Role.LEADERSHIP)));

        assertThat(names(roles.roles(Map.of("realm_access", Map.of("roles", List.of("nyskapa-ledning", "staff"))))))
                .containsExactlyInAnyOrder("ROLE_LEADERSHIP", "ROLE_STAFF");
        assertThat(roles.roles(Map.of("realm_access", "STAFF"))).isEmpty();
    }

    private static Set<String> names(Set<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
