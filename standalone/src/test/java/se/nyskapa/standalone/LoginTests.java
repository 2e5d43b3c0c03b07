package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in over HTTP as scripts do, what a wrong or worn-out password gets, and the headers on every answer. */
class LoginTests {

    private static final String TOUR = "{\"tourId\": \"t-login\", \"name\": \"Turné\", \"startDate\": \"2015-11-02\", "
                                       + "\"endDate\": \"2015-11-30\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
    void aPage_withoutSigningIn_leadsToTheLoginPage() throws Exception {
        HttpResponse<String> page = HTTP.send(platform.anonymous().request("/analysis").build(),
                                              HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(302);
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
    void aChangeThatABrowserSaysAnotherSiteStarted_isRefused_evenWithAPassword() throws Exception {
        long before = platform.storedEvents();

        HttpResponse<String> response = HTTP.send(
                platform.request("/api/tours").header("Content-Type", "application/json")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString(TOUR)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"field\":\"origin\"");
        assertThat(platform.storedEvents()).isEqualTo(before);
    }

    private static HttpHeaders headers(RunningPlatform as, String path) {
        try {
            return HTTP.send(as.request(path).build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
