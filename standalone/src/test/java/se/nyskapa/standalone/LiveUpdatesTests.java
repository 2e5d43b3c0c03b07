package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The live pages' stream of server-sent events, read over real HTTP as a browser's EventSource reads it. */
@ExtendWith(WebPlatform.class)
class LiveUpdatesTests {

    @Test
    void aRecordedContribution_isAnnouncedByTheProjectionsThatStoredIt(RunningPlatform platform) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> stream = http.send(
                platform.request("/api/live?projections=visits,municipalities")
                           .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));

        CompletableFuture<List<String>> announced = CompletableFuture.supplyAsync(() -> readChanges(stream.body(), 2));
        assertThat(platform.post("/api/visits", """
                {"visitId": "live-ragunda", "municipalityCode": "2303", "date": "2015-11-10", "venue": "Hammarstrand",
                 "hosts": ["Anna"]}""").status()).isEqualTo(201);

        assertThat(announced.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(
                "{\"projection\":\"visits\"}", "{\"projection\":\"municipalities\"}");
        stream.body().close();
    }

    @Test
    void anUnknownProjection_isRefusedNamingTheParameter(RunningPlatform platform) {
        RunningPlatform.Response refused = platform.get("/api/live?projections=visits,lottery");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("projections");
        assertThat(refused.body().path("detail").asString()).contains("lottery");
    }

    /** The data of the first {@code count} distinct {@code change} events on the stream. */
    private static List<String> readChanges(InputStream body, int count) {
        List<String> changes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null && changes.size() < count; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:") && "change".equals(event)) {
                    String data = line.substring("data:".length()).strip();
                    if (!changes.contains(data)) {
                        changes.add(data);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }
}
