package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Many staff logging at once, into a few busy visits: every contribution is taken once, none is refused. */
class ConcurrentLoggingTests {

    private static final int VISITS = 32;
    private static final int CONTRIBUTIONS = 4_000;
    private static final int CLIENTS = 24;

    @TempDir
    Path dataDir;

    @Test
    void concurrentContributions_areAllAcceptedAndStoredExactlyOnce() {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (RunningPlatform platform = RunningPlatform.start(dataDir)) {
            for (int v = 0; v < VISITS; v++) {
                platform.post("/api/visits", "{\"visitId\": \"v" + v + "\", \"municipalityCode\": \"2380\", "
                        + "\"date\": \"2015-11-20\", \"venue\": \"Östersund\"}");
            }
            long eventsBefore = platform.storedEvents();

            List<Future<Integer>> sent = IntStream.range(0, CONTRIBUTIONS * 2)
                    .mapToObj(i -> clients.submit(() -> record(platform, i % CONTRIBUTIONS)))
                    .toList();
            List<Integer> statuses = sent.stream().map(ConcurrentLoggingTests::statusOf).toList();

            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(CONTRIBUTIONS);
            assertThat(platform.storedEvents() - eventsBefore).isEqualTo(CONTRIBUTIONS);
            assertThat(platform.storedSnapshots()).isPositive();
        } finally {
            clients.shutdownNow();
        }
    }

    private static int record(RunningPlatform platform, int i) {
        return platform.put("/api/visits/v" + (i % VISITS) + "/contributions/c-" + i,
                            "{\"kind\": \"IDEA\", \"text\": \"Idé nummer " + i + "\", \"sector\": \"BUSINESS\"}")
                       .status();
    }

    private static int statusOf(Future<Integer> response) {
        try {
            return response.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
