package se.nyskapa.standalone;

import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.axonframework.config.ConfigurerModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contributions recorded over HTTP are found by their words in any inflected form; the index lives under the data
 * directory and after a restart answers at once, going on from the position committed with it rather than indexing
 * every contribution again.
 */
class SearchJourneyTests {

    @TempDir
    Path dataDir;

    @Test
    void recordedContributionsAreFound_andARestartKeepsTheIndexWithoutIndexingItAgain() throws IOException {
        SearchDeliveries.COUNT.set(0);
        try (RunningPlatform platform = start()) {
            assertThat(platform.post("/api/visits", """
                    {"visitId": "are", "municipalityCode": "2321", "date": "2015-11-12", "venue": "Åre kommunhus"}""")
                               .status()).isEqualTo(201);
            record(platform, "a1", "NEED", "Fler mötesplatser för unga entreprenörer", "CITIZEN");
            record(platform, "a2", "IDEA", "En idésluss på gymnasiet", "MUNICIPAL_STAFF");
            record(platform, "a3", "NEED", "Mötesplatsen i Järpen behöver nya lokaler", "BUSINESS");
            record(platform, "a4", "RESOURCE", "Bygdegården är en mötesplats", "CIVIL_SOCIETY");
            assertThat(platform.post("/api/visits/are/contributions/a4/retraction", "{\"reason\": \"dubblett\"}")
                               .status()).isEqualTo(200);
            assertThat(platform.put("/api/visits/are/contributions/a2/themes", "{\"themeIds\": [\"ideslussar\"]}")
                               .status()).isEqualTo(200);

            JsonNode found = awaitSearch(platform, "q=mötesplats", 2);
            assertThat(ids(found)).containsExactlyInAnyOrder("a1", "a3");
            assertThat(found.path("hits").get(0).path("fragment").asString()).contains("<mark>");
            assertThat(ids(awaitSearch(platform, "q=idéslussar&theme=ideslussar", 1))).containsExactly("a2");
            awaitSearchAtTheHead(platform);
        }
        List<String> beforeRestart = segments();
        assertThat(beforeRestart).as("the index is on disk under the data directory").isNotEmpty();
        assertThat(SearchDeliveries.COUNT.get()).as("recorded, retracted, tagged").isEqualTo(6);

        SearchDeliveries.COUNT.set(0);
        try (RunningPlatform platform = start()) {
            assertThat(ids(awaitSearch(platform, "q=mötesplats", 2))).containsExactlyInAnyOrder("a1", "a3");
            awaitSearchAtTheHead(platform);
            assertThat(SearchDeliveries.COUNT.get()).as("no event handled again").isZero();
            assertThat(segments()).as("no contribution written again").isEqualTo(beforeRestart);

            record(platform, "a5", "IDEA", "Mötesplatser på nätet", "CITIZEN");
            assertThat(ids(awaitSearch(platform, "q=mötesplats&sort=date", 3))).containsExactly("a5", "a3", "a1");
            assertThat(SearchDeliveries.COUNT.get()).isEqualTo(1);
        }
    }

    private RunningPlatform start() {
        return RunningPlatform.start(dataDir, "--spring.main.sources=" + SearchDeliveries.class.getName());
    }

    private static void record(RunningPlatform platform, String id, String kind, String text, String sector) {
        assertThat(platform.put("/api/visits/are/contributions/" + id, """
                {"kind": "%s", "text": "%s", "sector": "%s"}""".formatted(kind, text, sector)).status())
                .isEqualTo(201);
    }

    private static JsonNode awaitSearch(RunningPlatform platform, String query, int total) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("%3D", "=").replace("%26", "&");
        return await().atMost(Duration.ofSeconds(30))
                      .until(() -> platform.get("/api/search?" + encoded).body(),
                             body -> body.path("total").asLong() == total);
    }

    /** The search projection has every segment at the newest event, as the admin API shows it. */
    private static void awaitSearchAtTheHead(RunningPlatform platform) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode search = StreamSupport.stream(platform.get("/api/admin/projections").body().spliterator(), false)
                                           .filter(p -> p.path("name").asString().equals("search"))
                                           .findFirst().orElseThrow();
            return search.path("state").asString().equals("RUNNING")
                    && search.path("position").asLong() == search.path("head").asLong();
        });
    }

    /**
     * The Lucene segments of the index's last commit (the index commits at most once a second, and on close): a
     * re-indexing would replace them all.
     */
    private List<String> segments() throws IOException {
        try (Directory index = FSDirectory.open(dataDir.resolve("search"))) {
            return StreamSupport.stream(SegmentInfos.readLatestCommit(index).spliterator(), false)
                                .map((SegmentCommitInfo segment) -> segment.info.name).toList();
        }
    }

    /**
     * Counts the events the search processor hands to the index, added to the platform as a source of its own. Not a
     * {@code @Configuration}, so that component scanning leaves it out of the other tests' platforms.
     */
    static class SearchDeliveries {

        static final AtomicLong COUNT = new AtomicLong();

        @Bean
        ConfigurerModule countSearchDeliveries() {
            return configurer -> configurer.eventProcessing(processing -> processing.registerHandlerInterceptor(
                    "search", config -> (unitOfWork, chain) -> {
                        COUNT.incrementAndGet();
                        return chain.proceed();
                    }));
        }
    }

    private static List<String> ids(JsonNode results) {
        return StreamSupport.stream(results.path("hits").spliterator(), false)
                            .map(hit -> hit.path("contributionId").asString()).toList();
    }
}
