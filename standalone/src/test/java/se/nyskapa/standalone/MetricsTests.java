package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What Prometheus and an orchestrator's probes see of the platform on a management port of its own, as the
 * containers run it ({@code MANAGEMENT_SERVER_PORT}): open there, for administrators only on the platform's own port.
 */
class MetricsTests {

    private static final String STAFF = "metrics-staff";
    private static final String STAFF_PASSWORD = "staff-password-of-the-metrics-tests";

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;
    static String management;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        platform = RunningPlatform.start(dataDir, "--management.server.port=0", "--nyskapa.metrics.refresh=PT0.2S");
        platform.createUser(STAFF, STAFF_PASSWORD, "STAFF");
        Environment environment = platform.beans(Environment.class).values().iterator().next();
        management = "http://127.0.0.1:" + environment.getRequiredProperty("local.management.port");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theScrape_showsTheCommandsSent_eachSegmentsLag_andEachProjectionsRebuild() {
        assertThat(platform.post("/api/visits", """
                {"visitId": "ragunda", "municipalityCode": "2303", "date": "2015-11-10", "venue": "Hammarstrand"}""")
                           .status()).isEqualTo(201);
        assertThat(platform.put("/api/visits/ragunda/contributions/r1", """
                {"kind": "NEED", "text": "Bredband i byarna", "sector": "CITIZEN"}""").status()).isEqualTo(201);
        platform.awaitCaughtUp();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(management + "/actuator/prometheus"))
                .satisfies(scrape -> assertThat(scrape.statusCode()).isEqualTo(200))
                .extracting(HttpResponse::body).asString()
                .contains("commandBus_ingestedCounter_total{payloadType=\"ScheduleVisit\"} 1.0",
                          "commandBus_successCounter_total{payloadType=\"RecordContribution\"} 1.0",
                          "nyskapa_processor_lag_events{processor=\"visits\",segment=\"0\"} 0.0",
                          "nyskapa_processor_lag_events{processor=\"visits\",segment=\"3\"} 0.0",
                          "nyskapa_processor_lag_events{processor=\"search\",segment=\"0\"} 0.0",
                          "nyskapa_projection_rebuild_progress_ratio{projection=\"visits\"} 1.0",
                          "nyskapa_projection_state{projection=\"visits\",state=\"RUNNING\"} 1.0",
                          "nyskapa_projection_state{projection=\"visits\",state=\"REBUILDING\"} 0.0"));
    }

    @Test
    void theHealthAndItsProbes_areOpen_andUp() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(management + path);

            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void theManagementPort_listensWhereThePlatformDoes_notOnEveryInterface() {
        Environment environment = platform.beans(Environment.class).values().iterator().next();

        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void onThePlatformsOwnPort_theMetricsAreClosed_andNotServed() {
        assertThat(platform.anonymous().raw("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(platform.as(STAFF, STAFF_PASSWORD).raw("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(platform.raw("/actuator/prometheus").status()).as("an administrator: they are on the other port")
                                                                 .isEqualTo(404);
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                             HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
