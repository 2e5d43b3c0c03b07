package se.nyskapa.standalone;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What every bad request must get: a problem+json answer naming the field at fault, and nothing changed. */
final class Refusals {

    private Refusals() {
    }

    /** A 4xx problem+json whose {@code errors} name the field, each with a message. */
    static void assertRefused(RunningPlatform.Raw response, int status, String field) {
        assertThat(response.status()).as("status of %s", response.text()).isEqualTo(status);
        assertProblemNaming(response, field);
    }

    static void assertProblemNaming(RunningPlatform.Raw response, String field) {
        assertThat(response.contentType()).as(response.text()).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as("errors in %s", response.text()).isTrue();
        assertThat(fields(errors)).as(response.text()).contains(field);
        errors.forEach(error -> assertThat(error.path("message").asString()).as(response.text()).isNotBlank());
    }

    /** Sends a JSON body (or none), and checks that it is refused naming the field and that nothing changed. */
    static void assertRefusedAndUnchanged(RunningPlatform platform, List<String> reads, String method, String path,
                                          String body, int status, String field) {
        Snapshot before = Snapshot.of(platform, reads);

        RunningPlatform.Raw response = platform.raw(method, path, Map.of("Content-Type", "application/json"), body);

        assertRefused(response, status, field);
        before.assertUnchanged(platform);
    }

    /** The fields a problem names. */
    static List<String> fields(JsonNode errors) {
        return StreamSupport.stream(errors.spliterator(), false).map(e -> e.path("field").asString()).toList();
    }

    /**
     * The number of stored events, where each projection stands, and what some reads answer, taken before a request;
     * {@link #assertUnchanged} takes them again after it.
     */
    record Snapshot(long events, Map<String, String> reads) {

        static Snapshot of(RunningPlatform platform, List<String> reads) {
            List<String> all = new ArrayList<>(reads);
            all.add("/api/admin/projections");
            Map<String, String> answers = new LinkedHashMap<>();
            all.forEach(path -> answers.put(path, platform.raw(path).text()));
            return new Snapshot(platform.storedEvents(), answers);
        }

        void assertUnchanged(RunningPlatform platform) {
            assertThat(platform.storedEvents()).as("stored events").isEqualTo(events);
            reads.forEach((path, answer) -> assertThat(platform.raw(path).text()).as(path).isEqualTo(answer));
        }
    }
}
