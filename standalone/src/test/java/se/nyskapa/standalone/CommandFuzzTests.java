package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * A seeded generative test of the command API (jqwik does not run on JUnit 6, a {@code @TestFactory} does): thousands
 * of random requests made from each command's accepted body by {@link RandomBodies}, on a platform of its own, and for
 * every one: never a 5xx; a refusal is a problem naming a field and stores no event. At the end every projection has
 * taken every accepted command, so none took one it cannot store. The seed is in the container's name; run again with
 * {@code -Dnyskapa.fuzz.seed=N} (and {@code -Dnyskapa.fuzz.requests=N} for more or fewer a command).
 */
class CommandFuzzTests {

    private static final long SEED = Long.getLong("nyskapa.fuzz.seed", 20151116L);
    private static final int REQUESTS = Integer.getInteger("nyskapa.fuzz.requests", 100);

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;
    static CommandApi api;

    @BeforeAll
    static void start() {
        platform = RunningPlatform.start(dataDir);
        api = CommandApi.prepare(platform, "fz");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @TestFactory
    Stream<DynamicNode> randomRequests_neverAServerError_andNeverAnEventForARefusal() {
        List<CommandApi.Endpoint> endpoints = api.endpoints();
        return Stream.of(dynamicContainer(
                "seed " + SEED + " (-Dnyskapa.fuzz.seed=" + SEED + "), " + REQUESTS + " requests a command",
                Stream.concat(IntStream.range(0, endpoints.size()).mapToObj(n -> dynamicTest(
                                      endpoints.get(n).toString(),
                                      () -> fuzz(endpoints.get(n), new RandomBodies(new Random(SEED + n))))),
                              Stream.of(dynamicTest("every projection takes every accepted command",
                                                    platform::awaitCaughtUp)))));
    }

    /** Tomcat refuses a path holding an encoded '/', '\' or NUL with a 400 page of its own, before the platform runs. */
    private static boolean refusedByTomcat(String path) {
        return path.matches("(?i).*%(2F|5C|00).*");
    }

    private static void fuzz(CommandApi.Endpoint endpoint, RandomBodies bodies) {
        for (int n = 0; n < REQUESTS; n++) {
            RandomBodies.Request request = bodies.next(endpoint);
            long eventsBefore = platform.storedEvents();

            RunningPlatform.Raw response = platform.raw(endpoint.method(), request.path(), request.headers(),
                                                        request.body());

            String what = "seed %d, %s, request %d: %s %s %s\n%s → %d %s".formatted(
                    SEED, endpoint, n, endpoint.method(), request.path(), request.headers(), request.preview(),
                    response.status(), response.text());
            assertThat(response.status()).as(what).isLessThan(500);
            if (response.status() >= 400) {
                assertThat(platform.storedEvents()).as("events stored for a refusal: " + what)
                                                   .isEqualTo(eventsBefore);
                if (refusedByTomcat(request.path())) {
                    continue;
                }
                assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                assertThat(Refusals.fields(response.json().path("errors"))).as(what).isNotEmpty()
                                                                           .allMatch(field -> !field.isBlank());
            }
        }
    }
}
