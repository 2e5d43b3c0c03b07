package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A staff member's visit from scheduling to conclusion, read back per kommun, and kept across a restart. */
class StandaloneJourneyTests {

    @TempDir
    Path dataDir;

    @Test
    void aVisitsContributions_areSeenPerKommun_andSurviveARestart() {
        JsonNode visitBefore;
        JsonNode kommunBefore;
        JsonNode listBefore;
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            RunningPlatform.Response scheduled = platform.post("/api/visits", """
                    {"visitId": "are-2015", "municipalityCode": "2321", "date": "2015-11-16",
                     "venue": "Åre kommunhus", "hosts": ["Erik", "Anna"]}""");
            assertThat(scheduled.status()).isEqualTo(201);
            assertThat(scheduled.location()).isEqualTo("/api/visits/are-2015");

            assertThat(record(platform, "c-1", "NEED", "Fler mötesplatser för unga", "CITIZEN").status())
                    .isEqualTo(201);
            assertThat(record(platform, "c-2", "IDEA", "En idésluss i varje kommun", "MUNICIPAL_STAFF").status())
                    .isEqualTo(201);
            assertThat(record(platform, "c-3", "NEED", "Bredband i fjällbyarna", "BUSINESS").status())
                    .isEqualTo(201);
            assertThat(record(platform, "c-4", "NEED", "Dubbelinmatad lapp", "CITIZEN").status())
                    .isEqualTo(201);

            RunningPlatform.Response repeat = record(platform, "c-1", "NEED", "Fler mötesplatser för unga", "CITIZEN");
            assertThat(repeat.status()).isEqualTo(200);
            assertThat(repeat.body().path("outcome").asString()).isEqualTo("UNCHANGED");
            assertThat(record(platform, "c-1", "NEED", "Något helt annat", "CITIZEN").status()).isEqualTo(409);

            assertThat(platform.post("/api/visits/are-2015/contributions/c-3/amendment",
                                     "{\"text\": \"Bredband och mobiltäckning i fjällbyarna\"}").status())
                    .isEqualTo(200);
            assertThat(platform.post("/api/visits/are-2015/contributions/c-4/retraction",
                                     "{\"reason\": \"inmatad två gånger\"}").status()).isEqualTo(200);
            assertThat(platform.put("/api/visits/are-2015/attendance",
                                    "{\"participants\": {\"CITIZEN\": 12, \"MUNICIPAL_STAFF\": 5}}").status())
                    .isEqualTo(200);
            assertThat(platform.post("/api/visits/are-2015/conclusion", SUMMARY).status()).isEqualTo(200);
            assertThat(record(platform, "c-5", "IDEA", "För sent", "CITIZEN").status()).isEqualTo(409);
            assertThat(platform.post("/api/visits/are-2015/conclusion", SUMMARY).body().path("outcome").asString())
                    .isEqualTo("UNCHANGED");
            assertThat(platform.post("/api/visits/are-2015/reopening", "").status()).isEqualTo(200);
            assertThat(record(platform, "c-5", "OPPORTUNITY", "Turismens kompetens året runt", "BUSINESS")
                               .status()).isEqualTo(201);

            visitBefore = await().atMost(Duration.ofSeconds(20))
                                 .until(() -> platform.get("/api/visits/are-2015").body(),
                                        visit -> visit.path("contributions").size() == 5);
            assertThat(visitBefore.path("municipalityName").asString()).isEqualTo("Åre");
            assertThat(visitBefore.path("status").asString()).isEqualTo("HELD");
            assertThat(visitBefore.path("summary").path("learned").asString()).isEqualTo("Att lyssna först");
            assertThat(visitBefore.path("attendance").path("CITIZEN").asInt()).isEqualTo(12);
            JsonNode retracted = visitBefore.path("contributions").get(3);
            assertThat(retracted.path("contributionId").asString()).isEqualTo("c-4");
            assertThat(retracted.path("retractionReason").asString()).isEqualTo("inmatad två gånger");

            kommunBefore = await().atMost(Duration.ofSeconds(20))
                                  .until(() -> platform.get("/api/municipalities/2321").body(),
                                         kommun -> kommun.path("contributionCount").asLong() == 4);
            assertThat(kommunBefore.path("visitCount").asInt()).isEqualTo(1);
            assertThat(kommunBefore.path("contributionsByKind").path("NEED").asLong()).isEqualTo(2);
            assertThat(kommunBefore.path("contributionsByKind").path("IDEA").asLong()).isEqualTo(1);
            assertThat(kommunBefore.path("contributionsBySector").path("BUSINESS").asLong()).isEqualTo(2);
            assertThat(kommunBefore.path("attendance").path("MUNICIPAL_STAFF").asInt()).isEqualTo(5);
            assertThat(texts(kommunBefore.path("needs").path("items")))
                    .containsExactly("Bredband och mobiltäckning i fjällbyarna", "Fler mötesplatser för unga");

            listBefore = platform.get("/api/municipalities").body();
            assertThat(listBefore.path("municipalities").size()).isEqualTo(8);
            JsonNode are = listBefore.path("municipalities").get(4);
            assertThat(are.path("name").asString()).isEqualTo("Åre");
            assertThat(are.path("visitCount").asInt()).isEqualTo(1);
            assertThat(are.path("contributionCount").asLong()).isEqualTo(4);
        }

        try (RunningPlatform restarted = RunningPlatform.start(dataDir)) {
            assertThat(restarted.get("/api/visits/are-2015").body()).isEqualTo(visitBefore);
            assertThat(restarted.get("/api/municipalities/2321").body()).isEqualTo(kommunBefore);
            assertThat(restarted.get("/api/municipalities").body()).isEqualTo(listBefore);
            assertThat(record(restarted, "c-1", "NEED", "Fler mötesplatser för unga", "CITIZEN").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aContributionId_isUniqueAcrossVisits() {
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            platform.post("/api/visits", """
                    {"visitId": "berg", "municipalityCode": "2326", "date": "2015-11-17", "venue": "Svenstavik"}""");
            platform.post("/api/visits", """
                    {"visitId": "krokom", "municipalityCode": "2309", "date": "2015-11-18", "venue": "Krokom"}""");
            String body = "{\"kind\": \"IDEA\", \"text\": \"Samåkning till mötena\", \"sector\": \"CITIZEN\"}";
            assertThat(platform.put("/api/visits/berg/contributions/shared-id", body).status()).isEqualTo(201);

            RunningPlatform.Response elsewhere = platform.put("/api/visits/krokom/contributions/shared-id", body);

            assertThat(elsewhere.status()).isEqualTo(409);
            assertThat(elsewhere.body().path("errors").get(0).path("field").asString()).isEqualTo("contributionId");
        }
    }

    @Test
    void aVisitWithoutAnId_getsOne() {
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            RunningPlatform.Response scheduled = platform.post("/api/visits", """
                    {"municipalityCode": "2380", "date": "2015-11-20", "venue": "Östersunds rådhus"}""");

            assertThat(scheduled.status()).isEqualTo(201);
            String id = scheduled.body().path("id").asString();
            assertThat(scheduled.location()).isEqualTo("/api/visits/" + id);
            assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/visits/" + id),
                                                                      response -> response.status() == 200)
                              .body().path("venue").asString()).isEqualTo("Östersunds rådhus");
        }
    }

    @Test
    void aBusyVisit_isSnapshotted_andStillTakesCommandsAfterARestart() {
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            platform.post("/api/visits", """
                    {"visitId": "busy", "municipalityCode": "2361", "date": "2015-11-24", "venue": "Sveg"}""");
            for (int i = 0; i < 120; i++) {
                assertThat(platform.put("/api/visits/busy/contributions/n-" + i,
                                        "{\"kind\": \"NEED\", \"text\": \"Behov nummer " + i
                                                + "\", \"sector\": \"CITIZEN\"}").status()).isEqualTo(201);
            }
            assertThat(platform.storedSnapshots()).isPositive();
        }
        try (RunningPlatform restarted = RunningPlatform.start(dataDir)) {
            assertThat(restarted.put("/api/visits/busy/contributions/n-7",
                                     "{\"kind\": \"NEED\", \"text\": \"Behov nummer 7\", \"sector\": \"CITIZEN\"}")
                                .status()).isEqualTo(200);
            assertThat(restarted.post("/api/visits/busy/contributions/n-7/amendment",
                                      "{\"text\": \"Behov nummer sju\"}").status()).isEqualTo(200);
            assertThat(restarted.put("/api/visits/busy/contributions/n-120",
                                     "{\"kind\": \"IDEA\", \"text\": \"Ny idé\", \"sector\": \"CITIZEN\"}")
                                .status()).isEqualTo(201);
            JsonNode kommun = await().atMost(Duration.ofSeconds(20))
                                     .until(() -> restarted.get("/api/municipalities/2361").body(),
                                            k -> k.path("contributionCount").asLong() == 121);
            assertThat(kommun.path("needs").path("totalNeeds").asLong()).isEqualTo(120);
            assertThat(kommun.path("needs").path("totalPages").asInt()).isEqualTo(3);
            assertThat(kommun.path("needs").path("items").get(0).path("text").asString())
                    .isEqualTo("Behov nummer 119");
            JsonNode secondPage = restarted.get("/api/municipalities/2361?page=2").body();
            assertThat(texts(secondPage.path("needs").path("items"))).hasSize(20).contains("Behov nummer sju");
        }
    }

    private static final String SUMMARY = """
            {"done": "Halvdag med dialog och idéverkstad", "gained": "Många behov från näringslivet",
             "learned": "Att lyssna först", "wisestNext": "Samla idéerna tematiskt", "needs": "Tid",
             "nextStep": "Återkoppla i januari", "strengths": "Lokal förankring"}""";

    private static RunningPlatform.Response record(RunningPlatform platform, String id, String kind, String text,
                                                   String sector) {
        return platform.put("/api/visits/are-2015/contributions/" + id,
                            "{\"kind\": \"" + kind + "\", \"text\": \"" + text + "\", \"sector\": \"" + sector + "\"}");
    }

    private static List<String> texts(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("text").asString()).toList();
    }
}
