package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code --nyskapa.demo=true} on an empty store: the fictional tour reaches every projection; on a store with data,
 * the demo adds nothing and says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

    private static final String TOUR = "/api/tours/demo-kalasturne";
    private static final String PROGRAMME = "/api/programmes/demo-innovationsprogram-2025";

    @TempDir
    Path dataDir;

    @Test
    void anEmptyStore_getsTheDemoTourInEveryProjection_andASecondStartAddsNothing(CapturedOutput output) {
        long events;
        JsonNode kommunerBefore;
        try (RunningPlatform platform = RunningPlatform.start(dataDir, "--nyskapa.demo=true")) {
            List<String> projections = platform.awaitCaughtUp();
            Map<String, Consumer<RunningPlatform>> checks = Map.of(
                    "visits", DemoDataTests::everyVisitIsConcludedWithItsContributions,
                    "municipalities", DemoDataTests::everyKommunHasItsProfile,
                    "themes", DemoDataTests::everySeedThemeCountsContributions,
                    "proposals", DemoDataTests::theProposalsHaveEvidenceStancesAndAMerge,
                    "programmes", DemoDataTests::theProgrammeHasTwoPublishedVersions,
                    "tours", DemoDataTests::theTourHasAConcludedVisitInEachKommun,
                    "feedback", DemoDataTests::everyKommunGetsItsAterkoppling,
                    "history", DemoDataTests::anAmendedContributionHasItsHistory,
                    "search", DemoDataTests::contributionsAreFoundByTheirWords_andSuggestThemes);
            assertThat(checks.keySet()).as("every projection shows the demo data: add a check for a new one")
                                       .containsAll(projections);
            projections.forEach(name -> checks.get(name).accept(platform));
            events = platform.storedEvents();
            kommunerBefore = platform.get("/api/municipalities").body();
        }
        assertThat(output).contains("Loaded the FICTIONAL demo data").contains("8 visits");

        try (RunningPlatform platform = RunningPlatform.start(dataDir, "--nyskapa.demo=true")) {
            platform.awaitCaughtUp();
            assertThat(platform.storedEvents()).isEqualTo(events);
            assertThat(platform.get("/api/municipalities").body()).isEqualTo(kommunerBefore);
        }
        assertThat(output).contains("Demo data not loaded: the store already holds data");
    }

    @Test
    void aStoreWithAVisitOfItsOwn_getsNoDemoData(CapturedOutput output) {
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            assertThat(platform.post("/api/visits", """
                    {"visitId": "bracke-var", "municipalityCode": "2305", "date": "2016-03-10",
                     "venue": "Medborgarhuset"}""").status()).isEqualTo(201);
        }
        try (RunningPlatform platform = RunningPlatform.start(dataDir, "--nyskapa.demo=true")) {
            platform.awaitCaughtUp();
            assertThat(platform.get("/api/municipalities/2305").body().path("visitCount").asInt()).isEqualTo(1);
            assertThat(platform.get(TOUR).status()).isEqualTo(404);
        }
        assertThat(output).contains("Demo data not loaded: the store already holds data (first: VisitScheduled of "
                                            + "bracke-var)");
    }

    private static void everyVisitIsConcludedWithItsContributions(RunningPlatform platform) {
        JsonNode tour = platform.get(TOUR).body();
        List<String> visitIds = StreamSupport.stream(tour.path("municipalities").spliterator(), false)
                                             .flatMap(kommun -> StreamSupport.stream(
                                                     kommun.path("visits").spliterator(), false))
                                             .map(visit -> visit.path("visitId").asString()).toList();
        assertThat(visitIds).hasSize(8);
        for (String visitId : visitIds) {
            JsonNode visit = platform.get("/api/visits/" + visitId).body();
            assertThat(visit.path("status").asString()).as(visitId).isEqualTo("CONCLUDED");
            assertThat(visit.path("contributions").size()).as(visitId).isBetween(30, 60);
            assertThat(visit.path("attendance").size()).as(visitId).isPositive();
            assertThat(visit.path("summary").path("nextStep").asString()).as(visitId).isNotBlank();
        }
    }

    private static void everyKommunHasItsProfile(RunningPlatform platform) {
        for (String code : kommunCodes(platform)) {
            JsonNode kommun = platform.get("/api/municipalities/" + code).body();
            assertThat(kommun.path("visitCount").asInt()).as(code).isEqualTo(1);
            assertThat(kommun.path("contributionCount").asLong()).as(code).isBetween(30L, 60L);
            assertThat(kommun.path("needs").path("totalNeeds").asLong()).as(code).isPositive();
            assertThat(kommun.path("themes").size()).as(code).isPositive();
            assertThat(kommun.path("proposals").size()).as(code).isPositive();
        }
    }

    private static void everySeedThemeCountsContributions(RunningPlatform platform) {
        JsonNode matrix = platform.get("/api/themes/matrix").body();
        assertThat(matrix.path("themes").size()).isEqualTo(6);
        matrix.path("themes").forEach(row -> assertThat(row.path("total").asLong())
                .as(row.path("themeId").asString()).isPositive());
    }

    private static void theProposalsHaveEvidenceStancesAndAMerge(RunningPlatform platform) {
        JsonNode proposals = platform.get("/api/proposals").body().path("proposals");
        assertThat(proposals.size()).isBetween(6, 10);
        assertThat(texts(proposals, "status")).contains("INCLUDED", "UNDER_REVIEW", "PARKED", "REJECTED", "MERGED");

        JsonNode ideslussar = platform.get("/api/proposals/demo-p-ideslussar").body();
        assertThat(ideslussar.path("evidenceCount").asInt()).isPositive();
        assertThat(ideslussar.path("stances").size()).isPositive();
        assertThat(ideslussar.path("assessment").path("impact").asInt()).isPositive();
        assertThat(ideslussar.path("pilotMunicipalities").size()).isPositive();
        assertThat(platform.get("/api/proposals/demo-p-ungdomens-idehus").body().path("lineage").path("mergedInto")
                           .asString()).isEqualTo("demo-p-unga-motesplatser");
    }

    private static void theProgrammeHasTwoPublishedVersions(RunningPlatform platform) {
        JsonNode summary = platform.get(PROGRAMME + "/summary").body();
        assertThat(summary.path("name").asString()).contains("fiktivt");
        assertThat(summary.path("version").asInt()).isEqualTo(2);
        assertThat(summary.path("changedSincePublished").asBoolean()).isFalse();
        assertThat(summary.path("focusAreas").size()).isBetween(3, 4);
        summary.path("focusAreas").forEach(area -> assertThat(area.path("proposals").size())
                .as(area.path("name").asString()).isPositive());
        assertThat(summary.path("municipalitiesNotCovered").size()).isZero();

        JsonNode first = platform.get(PROGRAMME + "/versions/1").body();
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("focusAreas")).isNotEqualTo(summary.path("focusAreas"));
    }

    private static void anAmendedContributionHasItsHistory(RunningPlatform platform) {
        JsonNode history = platform.get("/api/history/demo-rag-30").body();
        assertThat(texts(history.path("events"), "type"))
                .containsSubsequence("ContributionRecorded", "ContributionAmended");
        assertThat(texts(history.path("events"), "user")).as("the platform loaded it, not a person")
                                                         .containsOnly("system");
    }

    private static void contributionsAreFoundByTheirWords_andSuggestThemes(RunningPlatform platform) {
        JsonNode found = platform.get("/api/search?q=m%C3%B6tesplats").body();
        assertThat(found.path("total").asLong()).isGreaterThan(1);
        assertThat(found.path("hits").get(0).path("fragment").asString()).contains("<mark>");
        assertThat(found.path("hits").get(0).path("score").asDouble()).isPositive();
        JsonNode suggested = platform.get("/api/themes/suggestions?text=Id%C3%A9slussar+i+varje+kommun").body();
        assertThat(suggested.path("suggestions").size()).isPositive();
    }

    private static void theTourHasAConcludedVisitInEachKommun(RunningPlatform platform) {
        JsonNode tour = platform.get(TOUR).body();
        assertThat(tour.path("name").asString()).contains("fiktiv");
        assertThat(tour.path("total").path("concluded").asInt()).isEqualTo(8);
        tour.path("municipalities").forEach(kommun -> assertThat(kommun.path("counts").path("concluded").asInt())
                .as(kommun.path("name").asString()).isEqualTo(1));
    }

    private static void everyKommunGetsItsAterkoppling(RunningPlatform platform) {
        for (String code : kommunCodes(platform)) {
            JsonNode feedback = platform.get("/api/municipalities/" + code + "/feedback").body();
            assertThat(feedback.path("heard").asLong()).as(code).isPositive();
            assertThat(feedback.path("inProposals").asLong()).as(code).isPositive();
            assertThat(feedback.path("proposals").size()).as(code).isPositive();
        }
    }

    /** The names of the projections, once each has caught up with every event stored. */

    private static List<String> kommunCodes(RunningPlatform platform) {
        List<String> codes = texts(platform.get("/api/municipalities").body().path("municipalities"), "code");
        assertThat(codes).hasSize(8);
        return codes;
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asString()).toList();
    }
}
