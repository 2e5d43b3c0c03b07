package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Projections rebuilt from the events over the admin API while the platform runs, and at start. */
class ProjectionAdminTests {

    @TempDir
    Path dataDir;

    @Test
    void aProjection_isRebuiltOnRequest_andAllAtStart_endingWhereTheyWere() {
        JsonNode kommunBefore;
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            platform.post("/api/visits", """
                    {"visitId": "harjedalen", "municipalityCode": "2361", "date": "2015-11-25", "venue": "Sveg"}""");
            for (int i = 0; i < 20; i++) {
                platform.put("/api/visits/harjedalen/contributions/h" + i, """
                        {"kind": "NEED", "text": "Behov från Sveg", "sector": "BUSINESS"}""");
            }
            kommunBefore = await().atMost(Duration.ofSeconds(20))
                                  .until(() -> platform.get("/api/municipalities/2361").body(),
                                         kommun -> kommun.path("contributionCount").asLong() == 20);

            RunningPlatform.Response rebuild = platform.post("/api/admin/projections/municipalities/rebuild", "");
            assertThat(rebuild.status()).isEqualTo(202);
            assertThat(rebuild.body().path("name").asString()).isEqualTo("municipalities");
            awaitAllRunning(platform);
            assertThat(platform.get("/api/municipalities/2361").body()).isEqualTo(kommunBefore);

            RunningPlatform.Response unknown = platform.post("/api/admin/projections/everything/rebuild", "");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("name");
        }
        try (RunningPlatform platform = RunningPlatform.start(dataDir, "--nyskapa.rebuild=all")) {
            awaitAllRunning(platform);
            assertThat(platform.get("/api/municipalities/2361").body()).isEqualTo(kommunBefore);
        }
    }

    private static void awaitAllRunning(RunningPlatform platform) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode projections = platform.get("/api/admin/projections").body();
            return projections.size() == 9 && StreamSupport.stream(projections.spliterator(), false).allMatch(
                    p -> p.path("state").asString().equals("RUNNING") && p.path("progress").asDouble() == 1.0);
        });
    }
}
