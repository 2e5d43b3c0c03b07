package se.nyskapa.standalone;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;

/** The standalone platform started as a user starts it, on a data directory, spoken to over real HTTP. */
final class RunningPlatform implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private RunningPlatform(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = "http://127.0.0.1:" + port;
    }

    static RunningPlatform start(Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--nyskapa.data-dir=" + dataDir));
        all.addAll(List.of(arguments));
        return new RunningPlatform(new SpringApplicationBuilder(NyskapaApplication.class)
                                           .run(all.toArray(String[]::new)));
    }

    /** The address of a page or endpoint of this platform. */
    String url(String path) {
        return base + path;
    }

    record Response(int status, String contentType, JsonNode body, String location) {
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String path, String json) {
        return send(withJson(path, json).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Response put(String path, String json) {
        return send(withJson(path, json).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Response send(String method, String path, String json) {
        return send(withJson(path, json).method(method, HttpRequest.BodyPublishers.ofString(json,
                                                                                             StandardCharsets.UTF_8)));
    }

    /** Waits until every projection runs and has applied every stored event; answers their names. */
    List<String> awaitCaughtUp() {
        JsonNode projections = await().atMost(Duration.ofSeconds(60)).until(
                () -> get("/api/admin/projections").body(),
                all -> all.size() > 0 && StreamSupport.stream(all.spliterator(), false).allMatch(
                        p -> p.path("state").asString().equals("RUNNING")
                             && p.path("position").asLong() >= p.path("head").asLong()));
        return StreamSupport.stream(projections.spliterator(), false).map(p -> p.path("name").asString()).toList();
    }

    /** The events stored, counted in the event table itself. */
    long storedEvents() {
        return rows(context.getBean(EventSchema.class).domainEventTable());
    }

    long storedSnapshots() {
        return rows(context.getBean(EventSchema.class).snapshotTable());
    }

    /** The embedded database that holds the events and the command side's lookup tables. */
    JdbcClient database() {
        return JdbcClient.create(context.getBean(DataSource.class));
    }

    // Raw exchanges, for the bad-input tests: any method, type, headers and bytes; the answer kept as bytes, since
    // it may be an HTML page, a CSV file or a server's own error page rather than JSON.

    /** An answer as it came: its status, headers and body. */
    record Raw(int status, HttpHeaders headers, byte[] body) {

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body as JSON, or a missing node when it is not JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JacksonException notJson) {
                return JSON.missingNode();
            }
        }
    }

    Raw raw(String path) {
        return raw("GET", path, Map.of(), null);
    }

    /**
     * Sends the body (none when {@code null}) as it is, with the headers given; a body given as an
     * {@link InputStream} goes without a length, chunked.
     */
    Raw raw(String method, String path, Map<String, String> headers, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body instanceof byte[] bytes) {
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else if (body instanceof String text) {
            request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        } else if (body instanceof InputStream stream) {
            request.method(method, HttpRequest.BodyPublishers.ofInputStream(() -> stream));
        } else {
            throw new IllegalArgumentException("a body is bytes, text or a stream");
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Raw(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private long rows(String table) {
        return database().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private HttpRequest.Builder withJson(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                                                       HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                                body.isBlank() ? JSON.missingNode() : JSON.readTree(body),
                                response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
