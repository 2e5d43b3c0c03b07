package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What happened to a contribution, a visit and a theme, as an analyst asks the running platform over HTTP. */
class HistoryJourneyTests {

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
    void aRecordedAndAmendedContribution_showsBothEventsInOrder_withTheTextBeforeAndAfter_andWhoDidIt() {
        platform.createUser("karin", "karins långa lösenord", "STAFF");
        platform.createUser("erik", "eriks långa lösenord", "STAFF");
        status(201, platform.post("/api/visits", """
                {"visitId": "are", "municipalityCode": "2321", "date": "2015-11-12", "venue": "Åre kommunhus"}"""));
        status(201, platform.as("karin", "karins långa lösenord").put("/api/visits/are/contributions/c-1", """
                {"kind": "NEED", "text": "Fler mötesplatser för unga", "sector": "CITIZEN"}"""));
        status(200, platform.as("erik", "eriks långa lösenord").post("/api/visits/are/contributions/c-1/amendment", """
                {"text": "Fler mötesplatser för unga, även på kvällstid"}"""));

        JsonNode history = await().atMost(Duration.ofSeconds(20)).until(
                () -> platform.get("/api/history/c-1"), response -> response.status() == 200).body();

        assertThat(history.path("subject").asString()).isEqualTo("CONTRIBUTION");
        assertThat(history.path("aggregateId").asString()).isEqualTo("are");
        assertThat(history.path("totalEvents").asInt()).isEqualTo(2);
        JsonNode recorded = history.path("events").get(0);
        JsonNode amended = history.path("events").get(1);
        assertThat(recorded.path("type").asString()).isEqualTo("ContributionRecorded");
        assertThat(amended.path("type").asString()).isEqualTo("ContributionAmended");
        assertThat(amended.path("sequence").asLong()).isGreaterThan(recorded.path("sequence").asLong());
        assertThat(recorded.path("user").asString()).isEqualTo("karin");
        assertThat(amended.path("user").asString()).isEqualTo("erik");
        assertThat(change(recorded, "text").path("before").isNull()).isTrue();
        assertThat(change(recorded, "text").path("after").asString()).isEqualTo("Fler mötesplatser för unga");
        assertThat(amended.path("changes").size()).isEqualTo(1);
        assertThat(change(amended, "text").path("before").asString()).isEqualTo("Fler mötesplatser för unga");
        assertThat(change(amended, "text").path("after").asString())
                .isEqualTo("Fler mötesplatser för unga, även på kvällstid");

        String page = new String(Downloads.get(platform.as("karin", "karins långa lösenord"), "/history/c-1").body(),
                                 StandardCharsets.UTF_8);
        assertThat(page).contains("Historik för c-1", "Inspel registrerat", "karin", "Inspel ändrat", "erik",
                                  "Fler mötesplatser för unga, även på kvällstid");
    }

    @Test
    void aVisitPastItsSnapshot_showsEveryEventFromTheFirst_aHundredAPage() {
        status(201, platform.post("/api/visits", """
                {"visitId": "sveg", "municipalityCode": "2361", "date": "2015-11-24", "venue": "Sveg"}"""));
        for (int i = 0; i < 120; i++) {
            status(201, platform.put("/api/visits/sveg/contributions/s-" + i,
                                     "{\"kind\": \"NEED\", \"text\": \"Behov " + i + "\", \"sector\": \"CITIZEN\"}"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.storedSnapshots() > 0);

        JsonNode first = platform.get("/api/history/sveg").body();
        JsonNode second = platform.get("/api/history/sveg?page=1").body();

        assertThat(first.path("subject").asString()).isEqualTo("VISIT");
        assertThat(first.path("totalEvents").asInt()).isEqualTo(121);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("events").get(0).path("type").asString()).isEqualTo("VisitScheduled");
        assertThat(first.path("events").get(0).path("sequence").asLong()).isZero();
        assertThat(second.path("events").size()).isEqualTo(21);
        JsonNode last = second.path("events").get(20);
        assertThat(last.path("part").path("id").asString()).isEqualTo("s-119");
        assertThat(change(last, "text").path("after").asString()).isEqualTo("Behov 119");
    }

    @Test
    void theRegionsSeedThemes_wereDefinedByTheSystem() {
        JsonNode theme = platform.get("/api/history/ideslussar").body();

        assertThat(theme.path("subject").asString()).isEqualTo("THEME");
        assertThat(theme.path("events").get(0).path("type").asString()).isEqualTo("ThemeDefined");
        assertThat(theme.path("events").get(0).path("user").asString()).isEqualTo("system");
    }

    @Test
    void anUnknownOrMalformedId_isAProblemNamingTheId() {
        RunningPlatform.Response unknown = platform.get("/api/history/finns-inte");
        RunningPlatform.Response malformed = platform.get("/api/history/inte.ett.id");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("id");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("errors").get(0).path("field").asString()).isEqualTo("id");
    }

    private static JsonNode change(JsonNode entry, String field) {
        for (JsonNode change : entry.path("changes")) {
            if (change.path("field").asString().equals(field)) {
                return change;
            }
        }
        throw new AssertionError("no change of " + field + " in " + entry);
    }

    private static void status(int expected, RunningPlatform.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
    }
}
