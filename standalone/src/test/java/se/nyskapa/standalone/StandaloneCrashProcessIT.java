package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone platform killed with SIGKILL while staff record contributions, and started again on its data
 * directory: what it acknowledged has left the process (the event database writes a commit before the command is
 * answered, see {@code EmbeddedStores}), and the projections catch up on it from their last stored position.
 */
class StandaloneCrashProcessIT {

    private static final List<String> VISITS = List.of("crash-2305", "crash-2313", "crash-2326", "crash-2361");

    @TempDir
    Path dataDir;

    @Test
    void everyContributionAcknowledgedBeforeAKillIsStoredAndProjectedOnce() {
        Set<String> acknowledged = new HashSet<>();
        try (ServiceProcess platform = ServiceProcess.standalone(dataDir, Path.of("target/processes")).start()) {
            platform.api().createUser(Api.TESTER, Api.TESTER_PASSWORD, "STAFF", "ANALYST", "LEADERSHIP", "ADMIN");
            for (String visit : VISITS) {
                Api.Response scheduled = platform.api().post("/api/visits", """
                        {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-20", "venue": "Kommunhuset"}"""
                        .formatted(visit, visit.substring("crash-".length())));
                assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
            }
            try (ContributionStream stream = new ContributionStream(
                    "crash", VISITS, List.of(platform::api, platform::api, platform::api))) {
                stream.awaitMore(150);
                platform.kill();
                acknowledged.addAll(stream.stop());
                assertThat(stream.failures()).isEmpty();
            }

            platform.start();
            platform.api().awaitCaughtUp();
            List<String> inVisits = Recorded.inVisits(platform.api(), VISITS);
            List<String> exported = Recorded.exported(platform.api());
            platform.stop();

            // read from the event database itself, once the platform has closed it
            Set<String> stored = Recorded.inEventStore(
                    "jdbc:h2:file:" + dataDir.resolve("events").toAbsolutePath() + ";MODE=PostgreSQL"
                            + ";DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r");
            assertThat(stored).containsAll(acknowledged);
            assertThat(inVisits).as("contributions in the visits").containsExactlyInAnyOrderElementsOf(stored);
            assertThat(exported).as("contributions exported").containsExactlyInAnyOrderElementsOf(stored);
        }
    }
}
