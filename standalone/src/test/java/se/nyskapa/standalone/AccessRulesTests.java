package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.standalone.AccessRulesTests.Who.ADMIN;
import static se.nyskapa.standalone.AccessRulesTests.Who.ANALYST;
import static se.nyskapa.standalone.AccessRulesTests.Who.LEADERSHIP;
import static se.nyskapa.standalone.AccessRulesTests.Who.STAFF;

/**
 * Walks every endpoint and page of the platform, as the platform itself lists them, with every role and with none:
 * the one who may gets past the door (whatever the endpoint then says of the request), everyone else is stopped,
 * someone not signed in with a 401 problem (API) or the login page (pages). The table below is the specification;
 * an endpoint missing from it fails the walk, so no endpoint is added without deciding who may use it.
 */
class AccessRulesTests {

    enum Who { STAFF, ANALYST, LEADERSHIP, ADMIN }

    private static final Set<Who> STAFF_READERS = EnumSet.of(STAFF, ANALYST, LEADERSHIP);
    private static final Set<Who> READERS = EnumSet.of(ANALYST, LEADERSHIP);
    private static final Set<Who> EVERY_ROLE = EnumSet.allOf(Who.class);

    /** "METHOD pattern" to who may, for every endpoint and page. */
    private static final Map<String, Set<Who>> MAY = Map.ofEntries(
            entry("GET /", EVERY_ROLE),
            entry("GET /api/live", EVERY_ROLE),
            entry("GET /v3/api-docs", EVERY_ROLE),
            entry("GET /v3/api-docs.yaml", EVERY_ROLE),

            entry("POST /api/tours", EnumSet.of(STAFF)),
            entry("POST /api/visits", EnumSet.of(STAFF)),
            entry("PUT /api/visits/{visitId}/contributions/{contributionId}", EnumSet.of(STAFF)),
            entry("PUT /api/visits/{visitId}/contributions/{contributionId}/themes", EnumSet.of(STAFF, ANALYST)),
            entry("PUT /api/visits/{visitId}/tour", EnumSet.of(STAFF)),
            entry("POST /api/visits/{visitId}/contributions/{contributionId}/amendment", EnumSet.of(STAFF)),
            entry("POST /api/visits/{visitId}/contributions/{contributionId}/retraction", EnumSet.of(STAFF)),
            entry("PUT /api/visits/{visitId}/attendance", EnumSet.of(STAFF)),
            entry("POST /api/visits/{visitId}/conclusion", EnumSet.of(STAFF)),
            entry("POST /api/visits/{visitId}/reopening", EnumSet.of(STAFF)),
            entry("GET /api/tours", STAFF_READERS),
            entry("GET /api/tours/{tourId}", STAFF_READERS),
            entry("GET /api/visits/{visitId}", STAFF_READERS),
            entry("GET /api/themes", STAFF_READERS),
            entry("GET /api/themes/suggestions", STAFF_READERS),
            entry("GET /api/municipalities", STAFF_READERS),
            entry("GET /api/municipalities/{code}/feedback", STAFF_READERS),
            entry("GET /tours", STAFF_READERS),
            entry("GET /tours/{tourId}", STAFF_READERS),
            entry("GET /visits/{visitId}", STAFF_READERS),
            entry("GET /municipalities/{code}/feedback", STAFF_READERS),
            entry("GET /municipalities/{code}/feedback.pdf", STAFF_READERS),
            entry("GET /api/history/{id}", STAFF_READERS),
            entry("GET /history/{id}", STAFF_READERS),

            entry("POST /api/themes", EnumSet.of(ANALYST)),
            entry("PUT /api/themes/{themeId}/name", EnumSet.of(ANALYST)),
            entry("POST /api/themes/{themeId}/merge", EnumSet.of(ANALYST)),
            entry("POST /api/themes/{themeId}/retirement", EnumSet.of(ANALYST)),
            entry("POST /api/proposals", EnumSet.of(ANALYST)),
            entry("PUT /api/proposals/{proposalId}", EnumSet.of(ANALYST)),
            entry("POST /api/proposals/{proposalId}/evidence", EnumSet.of(ANALYST)),
            entry("DELETE /api/proposals/{proposalId}/evidence/{contributionId}", EnumSet.of(ANALYST)),
            entry("POST /api/proposals/{proposalId}/assessments", EnumSet.of(ANALYST)),
            entry("PUT /api/proposals/{proposalId}/pilot-municipalities", EnumSet.of(ANALYST)),
            entry("PUT /api/proposals/{proposalId}/status", EnumSet.of(ANALYST)),
            entry("POST /api/proposals/{proposalId}/merges", EnumSet.of(ANALYST)),
            entry("POST /api/proposals/{proposalId}/splits", EnumSet.of(ANALYST)),
            entry("GET /api/themes/matrix", READERS),
            entry("GET /api/themes/{themeId}", READERS),
            entry("GET /api/search", READERS),
            entry("GET /api/municipalities/{code}", READERS),
            entry("GET /api/proposals", READERS),
            entry("GET /api/proposals/{proposalId}", READERS),
            entry("GET /api/exports/contributions.csv", READERS),
            entry("GET /api/exports/contributions.json", READERS),
            entry("GET /analysis", READERS),
            entry("GET /municipalities/{code}", READERS),
            entry("GET /themes", READERS),
            entry("GET /themes/{themeId}", READERS),
            entry("GET /search", READERS),
            entry("GET /proposals", READERS),
            entry("GET /proposals/{proposalId}", READERS),
            entry("GET /exports", READERS),

            entry("POST /api/programmes", EnumSet.of(LEADERSHIP)),
            entry("POST /api/programmes/{programmeId}/focus-areas", EnumSet.of(LEADERSHIP)),
            entry("PUT /api/programmes/{programmeId}/focus-areas/{focusAreaId}/name", EnumSet.of(LEADERSHIP)),
            entry("POST /api/programmes/{programmeId}/placements", EnumSet.of(LEADERSHIP)),
            entry("DELETE /api/programmes/{programmeId}/placements/{proposalId}", EnumSet.of(LEADERSHIP)),
            entry("POST /api/programmes/{programmeId}/versions", EnumSet.of(LEADERSHIP)),
            entry("POST /api/programmes/{programmeId}/adoption", EnumSet.of(LEADERSHIP)),
            entry("GET /api/programmes", READERS),
            entry("GET /api/programmes/{programmeId}/summary", READERS),
            entry("GET /api/programmes/{programmeId}/diff", READERS),
            entry("GET /api/programmes/{programmeId}/versions/{version}", READERS),
            entry("GET /programmes", READERS),
            entry("GET /programmes/{programmeId}", READERS),
            entry("GET /programmes/{programmeId}/diff", READERS),
            entry("GET /programmes/{programmeId}.pdf", READERS),

            entry("GET /api/admin/projections", EnumSet.of(ADMIN)),
            entry("POST /api/admin/projections/{name}/rebuild", EnumSet.of(ADMIN)),
            entry("GET /admin/projections", EnumSet.of(ADMIN)),
            entry("GET /api/admin/users", EnumSet.of(ADMIN)),
            entry("POST /api/admin/users", EnumSet.of(ADMIN)),
            entry("PUT /api/admin/users/{username}/roles", EnumSet.of(ADMIN)),
            entry("PUT /api/admin/users/{username}/password", EnumSet.of(ADMIN)),
            entry("PUT /api/admin/users/{username}/enabled", EnumSet.of(ADMIN)),
            entry("GET /admin/users", EnumSet.of(ADMIN)),
            entry("POST /api/admin/erasures", EnumSet.of(ADMIN)),
            // on the platform's own port; on a management port of its own, open (MetricsTests)
            entry("GET /actuator/prometheus", EnumSet.of(ADMIN)));

    /** Sign-in itself, what every page needs before anyone has signed in, and the health the probes ask. */
    private static final Set<String> OPEN = Set.of("GET /login", "GET /actuator/health", "GET /actuator/health/**");

    private static final String PASSWORD = "a-password-of-the-walk";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Map<String, String> SAMPLES = Map.of("code", "2380", "name", "no-such-projection",
                                                              "version", "1", "username", "nobody");

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                             .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        platform = RunningPlatform.start(dataDir);
        for (Who who : Who.values()) {
            platform.createUser(user(who), PASSWORD, who.name());
        }
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void everyEndpoint_hasItsRolesDecided() {
        Set<String> endpoints = endpoints();

        assertThat(endpoints.stream().filter(endpoint -> !MAY.containsKey(endpoint) && !OPEN.contains(endpoint)))
                .as("endpoints without a decision in this test's table").isEmpty();
        assertThat(MAY.keySet().stream().filter(endpoint -> !endpoints.contains(endpoint)))
                .as("decisions for endpoints that do not exist").isEmpty();
    }

    @Test
    void everyEndpoint_letsInExactlyItsRoles_andSendsEveryoneElseAway_storingNothing() {
        long eventsBefore = platform.storedEvents();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : new TreeSet<>(endpoints())) {
            Set<Who> may = MAY.get(endpoint);
            if (may == null) {
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = sample(endpoint.substring(endpoint.indexOf(' ') + 1));
            int anonymous = status(platform.anonymous(), method, path);
            boolean api = path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator/");
            if (anonymous != (api ? 401 : 302)) {
                wrong.add(endpoint + " not signed in: " + anonymous);
            }
            for (Who who : Who.values()) {
                int status = status(platform.as(user(who), PASSWORD), method, path);
                boolean passes = may.contains(who) ? status != 401 && status != 403 : status == 403;
                if (!passes) {
                    wrong.add(endpoint + " as " + who + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(platform.storedEvents()).as("the walk names nothing that exists: nothing may change")
                                           .isEqualTo(eventsBefore);
    }

    @Test
    void signingIn_isOpenToEveryone() {
        assertThat(status(platform.anonymous(), "GET", "/login")).isEqualTo(200);
        assertThat(status(platform.anonymous(), "GET", "/css/nyskapa.css")).isEqualTo(200);
    }

    @Test
    void theHealthProbes_areOpenToEveryone() {
        assertThat(status(platform.anonymous(), "GET", "/actuator/health/liveness")).isEqualTo(200);
        assertThat(status(platform.anonymous(), "GET", "/actuator/health/readiness")).isEqualTo(200);
    }

    /** Every method and path pattern the platform's handler mappings serve, the actuator's included. */
    private static Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : platform.beans(RequestMappingInfoHandlerMapping.class)
                                                               .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.equals("/error")) {
                        continue;
                    }
                    methods.forEach(method -> endpoints.add(method + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private static String sample(String pattern) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, SAMPLES.getOrDefault(variables.group(1), "no-such-" + variables.group(1)));
        }
        return variables.appendTail(path).toString();
    }

    private static int status(RunningPlatform as, String method, String path) {
        HttpRequest.Builder request = as.request(path).timeout(Duration.ofSeconds(30));
        request = method.equals("GET") || method.equals("DELETE")
                  ? request.method(method, HttpRequest.BodyPublishers.noBody())
                  : request.header("Content-Type", "application/json")
                           .method(method, HttpRequest.BodyPublishers.ofString("{}"));
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String user(Who who) {
        return who.name().toLowerCase() + "-walker";
    }
}
