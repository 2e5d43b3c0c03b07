package se.nyskapa.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import se.nyskapa.security.Role;
import se.nyskapa.security.account.Accounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correlation id from a request to its commands' events, over real HTTP, with the service's own configuration
 * file ({@code command-side.yml}, as the service jar reads it): its log lines are JSON and carry the id.
 */
@SpringBootTest(classes = CommandSideTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {
                        "spring.config.name=command-side",
                        "axon.axonserver.enabled=false",
                        "nyskapa.personal.key-dir=target/test-keys/${random.uuid}",
                        "nyskapa.admin-password=" + RequestCorrelationTests.ADMIN_PASSWORD
                })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class RequestCorrelationTests {

    static final String ADMIN_PASSWORD = "admin-password-of-the-correlation-tests";
    private static final String STAFF = "karin";
    private static final String STAFF_PASSWORD = "karins-password-of-the-tests";
    private static final String HEADER = "X-Correlation-Id";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    /**
     * Logging is set up once a JVM, by the first context started, and not again while that context lives (a test's
     * context stays cached): released here, it is set up from this test's configuration file.
     */
    @BeforeAll
    static void setUpLoggingAfresh() {
        LoggingSystem.get(RequestCorrelationTests.class.getClassLoader()).cleanUp();
    }

    @Autowired
    Accounts accounts;
    @Autowired
    EventStore eventStore;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void staff() {
        if (accounts.find(STAFF).isEmpty()) {
            accounts.create(STAFF, STAFF_PASSWORD, List.of(Role.STAFF));
        }
    }

    @Test
    void theIdARequestCameWith_isAnswered_andIsTheTraceOfTheEventsOfItsCommand() {
        HttpResponse<String> response = scheduleVisit("berg-1", "workshop-berg.2015-11-17");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue(HEADER)).hasValue("workshop-berg.2015-11-17");
        DomainEventMessage<?> scheduled = events("berg-1").get(0);
        assertThat(scheduled.getMetaData()).containsEntry("traceId", "workshop-berg.2015-11-17")
                                           .containsEntry("user", STAFF);
        assertThat(scheduled.getMetaData().get("correlationId")).as("Axon's: the id of the command itself")
                                                                .isNotNull()
                                                                .isNotEqualTo("workshop-berg.2015-11-17");
    }

    @Test
    void aRequestWithoutAnId_isGivenOne_thatItsEventsCarry() {
        HttpResponse<String> response = scheduleVisit("krokom-1", null);

        String given = response.headers().firstValue(HEADER).orElseThrow();
        assertThat(UUID.fromString(given)).isNotNull();
        assertThat(events("krokom-1").get(0).getMetaData()).containsEntry("traceId", given);
    }

    @Test
    void anIdThatIsTooLongOrCouldForgeALogField_isReplaced() {
        String forged = "x\",\"log\":{\"level\":\"ERROR\"}";
        String tooLong = "a".repeat(65);

        for (String given : List.of(forged, tooLong)) {
            String visitId = "bracke-" + given.length();
            HttpResponse<String> response = scheduleVisit(visitId, given);

            String answered = response.headers().firstValue(HEADER).orElseThrow();
            assertThat(answered).isNotEqualTo(given);
            assertThat(UUID.fromString(answered)).isNotNull();
            assertThat(events(visitId).get(0).getMetaData()).containsEntry("traceId", answered);
        }
    }

    @Test
    void theServicesLogLines_areJson_andCarryTheRequestsId(CapturedOutput output) {
        HttpResponse<String> created = send("admin", ADMIN_PASSWORD, "POST", "/api/admin/users",
                                            "{\"username\": \"erik\", \"password\": \"eriks-password-of-the-tests\","
                                            + " \"roles\": [\"ANALYST\"]}", "user-admin-42");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode line = output.getOut().lines().filter(text -> text.contains("created the user erik"))
                              .map(JSON::readTree).findFirst().orElseThrow();
        assertThat(line.path("correlationId").asString()).isEqualTo("user-admin-42");
        assertThat(line.path("message").asString()).isEqualTo("admin created the user erik with the roles [ANALYST]");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("service").path("name").asString()).isEqualTo("nyskapa-command");
    }

    private HttpResponse<String> scheduleVisit(String visitId, String correlationId) {
        return send(STAFF, STAFF_PASSWORD, "POST", "/api/visits", """
                {"visitId": "%s", "municipalityCode": "2326", "date": "2015-11-17", "venue": "Bergs kommunhus",
                 "hosts": []}""".formatted(visitId), correlationId);
    }

    private HttpResponse<String> send(String user, String password, String method, String path, String json,
                                      String correlationId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (correlationId != null) {
            request.header(HEADER, correlationId);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<? extends DomainEventMessage<?>> events(String visitId) {
        return eventStore.readEvents(visitId, 0).asStream().toList();
    }
}
