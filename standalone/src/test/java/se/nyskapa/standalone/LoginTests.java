package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in over HTTP as scripts do, what a wrong or worn-out password gets, and the headers on every answer. */
class LoginTests {

    private static final String TOUR = "{\"tourId\": \"t-login\", \"name\": \"Turné\", \"startDate\": \"2015-11-02\", "
                                       + "\"endDate\": \"2015-11-30\"}";

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;

    @BeforeAll
    static void start() {
        platform = RunningPlatform.start(dataDir);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theApi_withoutSigningIn_isA401Problem_challengingForBasic_andStoresNothing() {
        long before = platform.storedEvents();

        RunningPlatform.Response response = platform.anonymous().post("/api/tours", TOUR);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("authorization");
        assertThat(headers(platform.anonymous(), "/api/tours").firstValue("WWW-Authenticate")).hasValue(
                "Basic realm=\"nyskapa\"");
        assertThat(platform.storedEvents()).isEqualTo(before);
    }

    @Test
    void aPage_withoutSigningIn_leadsToTheLoginPage() {
        RunningPlatform.Raw page = platform.anonymous().raw("/analysis");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void everyAnswer_carriesTheSecurityHeaders() {
        for (RunningPlatform as : new RunningPlatform[]{platform, platform.anonymous()}) {
            for (String path : new String[]{"/", "/api/tours", "/login", "/js/live.js"}) {
                HttpHeaders headers = headers(as, path);
                assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(
                        csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                                      "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe"));
                assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            }
        }
    }

    @Test
    void failedLogins_makeTheAccountWait_evenForItsRightPassword() {
        platform.createUser("gissad", "gissads riktiga lösenord", "STAFF");
        RunningPlatform guesser = platform.as("gissad", "fel lösenord");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/tours").status()).isEqualTo(401);
        }

        RunningPlatform.Response throttled = platform.as("gissad", "gissads riktiga lösenord").get("/api/tours");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body().path("errors").get(0).path("field").asString()).isEqualTo("authorization");
        assertThat(headers(platform.as("gissad", "gissads riktiga lösenord"), "/api/tours")
                           .firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(platform.as("tester", RunningPlatform.TESTER_PASSWORD).get("/api/tours").status())
                .as("another account is not held up").isEqualTo(200);
    }

    @Test
    void aNewPassword_replacesTheOldOneAtOnce_andADisabledUserIsSentAway() {
        platform.createUser("byter", "det gamla lösenordet", "STAFF");
        assertThat(platform.as("byter", "det gamla lösenordet").get("/api/tours").status()).isEqualTo(200);

        assertThat(platform.put("/api/admin/users/byter/password", "{\"password\": \"det nya lösenordet\"}").status())
                .isEqualTo(204);

        assertThat(platform.as("byter", "det gamla lösenordet").get("/api/tours").status()).isEqualTo(401);
        assertThat(platform.as("byter", "det nya lösenordet").get("/api/tours").status()).isEqualTo(200);

        assertThat(platform.put("/api/admin/users/byter/enabled", "{\"enabled\": false}").status()).isEqualTo(200);
        assertThat(platform.as("byter", "det nya lösenordet").get("/api/tours").status()).isEqualTo(401);
    }

    @Test
    void aNewUser_isRefused_withTheFieldNamed_whenItsPasswordIsWeakOrItsNameTaken() {
        RunningPlatform.Response weak = platform.post("/api/admin/users",
                                                      "{\"username\": \"svag\", \"password\": \"kort\", "
                                                      + "\"roles\": [\"STAFF\"]}");
        RunningPlatform.Response taken = platform.post("/api/admin/users",
                                                       "{\"username\": \"admin\", \"password\": \"ett långt lösenord\","
                                                       + " \"roles\": [\"STAFF\"]}");
        RunningPlatform.Response unknownRole = platform.post("/api/admin/users",
                                                             "{\"username\": \"kung\", \"password\": \"ett långt "
                                                             + "lösenord\", \"roles\": [\"KING\"]}");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("errors").get(0).path("field").asString()).isEqualTo("username");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.body().path("errors").get(0).path("field").asString()).startsWith("roles");
        assertThat(platform.get("/api/admin/users").body().findValuesAsString("username"))
                .doesNotContain("svag", "kung");
    }

    @Test
    void aChangeThatABrowserSaysAnotherSiteStarted_isRefused_evenWithAPassword() {
        long before = platform.storedEvents();

        RunningPlatform.Raw response = platform.raw("POST", "/api/tours", Map.of(
                "Content-Type", "application/json", "Sec-Fetch-Site", "cross-site"), TOUR);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("\"field\":\"origin\"");
        assertThat(platform.storedEvents()).isEqualTo(before);
    }

    private static HttpHeaders headers(RunningPlatform as, String path) {
        return as.raw(path).headers();
    }
}
