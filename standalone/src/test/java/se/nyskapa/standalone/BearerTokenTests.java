package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API as an OAuth2 resource server: it takes the access tokens a real OpenID Connect provider issues
 * ({@link IdentityProvider}), finds the discovery document and keys from the issuer's address alone, grants the
 * roles the token's claim names, and writes the token's user on what they change. Anything not signed by that
 * issuer for this API, or no longer valid, is a 401.
 */
class BearerTokenTests {

    @TempDir
    static Path dataDir;
    static IdentityProvider provider;
    static RunningPlatform platform;

    @BeforeAll
    static void start() {
        provider = IdentityProvider.start();
        platform = RunningPlatform.start(dataDir, resourceServer(provider));
    }

    @AfterAll
    static void stop() {
        platform.close();
        provider.close();
    }

    /** The properties that make the platform take this provider's tokens for its API. */
    static String[] resourceServer(IdentityProvider provider) {
        return new String[]{"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + provider.issuer(),
                            "--spring.security.oauth2.resourceserver.jwt.audiences=" + IdentityProvider.AUDIENCE};
    }

    @Test
    void anAnalystsToken_readsAndCurates_butMayNotDecideTheProgramme() {
        RunningPlatform analyst = platform.bearer(provider.token("a1b2c3", analyst("anna.analytiker")));

        RunningPlatform.Response proposals = analyst.get("/api/proposals");
        RunningPlatform.Response theme = analyst.post("/api/themes",
                                                      "{\"themeId\": \"token-tema\", \"name\": \"Med token\"}");
        RunningPlatform.Response programme = analyst.post("/api/programmes", """
                {"programmeId": "token-program", "name": "Inte analytikerns", "horizonYear": 2030}""");

        assertThat(proposals.status()).as(proposals.body().toString()).isEqualTo(200);
        assertThat(theme.status()).as(theme.body().toString()).isEqualTo(201);
        assertThat(programme.status()).isEqualTo(403);
        assertThat(programme.contentType()).startsWith("application/problem+json");
        assertThat(programme.body().path("errors").get(0).path("field").asString()).isEqualTo("role");
        assertThat(platform.get("/api/programmes/token-program").status()).isEqualTo(404);
    }

    @Test
    void theTokensUserName_isWrittenOnTheEventsTheyCause() {
        RunningPlatform analyst = platform.bearer(provider.token("d4e5f6", analyst("per.persson")));

        assertThat(analyst.post("/api/themes", "{\"themeId\": \"vems-tema\", \"name\": \"Vems tema\"}").status())
                .isEqualTo(201);

        JsonNode history = await().atMost(Duration.ofSeconds(20)).until(
                () -> analyst.get("/api/history/vems-tema"), response -> response.status() == 200).body();
        assertThat(history.path("events").get(0).path("type").asString()).isEqualTo("ThemeDefined");
        assertThat(history.path("events").get(0).path("user").asString())
                .as("preferred_username, not the subject").isEqualTo("per.persson");
    }

    @Test
    void withoutAToken_orWithOneNotFromTheTrustedIssuerForThisApi_orExpired_orForged_itIs401() {
        Map<String, ?> claims = analyst("mallory");
        List<RunningPlatform> refused = List.of(
                platform.bearer(provider.token("elsewhere", "m1", IdentityProvider.AUDIENCE, claims,
                                               Duration.ofHours(1))),
                platform.bearer(provider.token(IdentityProvider.ISSUER, "m1", "another-api", claims,
                                               Duration.ofHours(1))),
                platform.bearer(provider.token(IdentityProvider.ISSUER, "m1", IdentityProvider.AUDIENCE, claims,
                                               Duration.ofHours(-1))),
                platform.bearer(provider.forged("m1", claims)),
                platform.bearer("not.a.token"));

        unauthorized(platform.anonymous().get("/api/proposals"));
        for (RunningPlatform caller : refused) {
            unauthorized(caller.get("/api/proposals"));
            unauthorized(caller.post("/api/themes", "{\"themeId\": \"mallorys\", \"name\": \"Nej\"}"));
        }
        assertThat(platform.get("/api/history/mallorys").status()).isEqualTo(404);
    }

    @Test
    void aTokenWithoutAnyOfOurRoles_mayDoNothing() {
        RunningPlatform nobody = platform.bearer(provider.token("n1", Map.of("preferred_username", "nils",
                                                                             "roles", List.of("superuser"))));

        assertThat(nobody.get("/api/proposals").status()).isEqualTo(403);
        assertThat(nobody.get("/api/themes").status()).isEqualTo(403);
    }

    @Test
    void rolesUnderANestedClaim_asKeycloakGivesThem_countWhenTheClaimIsConfigured(@TempDir Path keycloakData) {
        String[] keycloak = Stream.concat(Arrays.stream(resourceServer(provider)), Stream.of(
                "--nyskapa.security.oidc.roles-claim=realm_access.roles",
                "--nyskapa.security.oidc.role-mapping.programledning=LEADERSHIP")).toArray(String[]::new);
        try (RunningPlatform likeKeycloak = RunningPlatform.start(keycloakData, keycloak)) {
            RunningPlatform leader = likeKeycloak.bearer(provider.token("k1", Map.of(
                    "preferred_username", "lena.ledning",
                    "realm_access", Map.of("roles", List.of("programledning", "offline_access")))));
            RunningPlatform flat = likeKeycloak.bearer(provider.token("k2", analyst("anna.analytiker")));

            RunningPlatform.Response programme = leader.post("/api/programmes", """
                    {"programmeId": "keycloak-program", "name": "Från Keycloak", "horizonYear": 2030}""");

            assertThat(programme.status()).as(programme.body().toString()).isEqualTo(201);
            assertThat(flat.get("/api/proposals").status()).as("roles in the claim not configured").isEqualTo(403);
        }
    }

    private static void unauthorized(RunningPlatform.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static Map<String, ?> analyst(String username) {
        return Map.of("preferred_username", username, "roles", List.of("ANALYST"));
    }
}
