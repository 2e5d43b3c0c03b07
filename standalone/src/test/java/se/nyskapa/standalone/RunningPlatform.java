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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;

/**
 * The standalone platform started as a user starts it, on a data directory, spoken to over real HTTP. It speaks as
 * {@link #TESTER}, a user holding every role, signed in with HTTP Basic, unless told to speak {@link #as} another.
 */
final class RunningPlatform implements AutoCloseable {

    static final String ADMIN_PASSWORD = "admin-password-of-the-tests";
    /** A user with every role, created at start, so that a test can do anything a user can. */
    static final String TESTER = "tester";
    static final String TESTER_PASSWORD = "tester-password-of-the-tests";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    /** The Authorization header sent, or null for none. */
    private final String authorization;

    private RunningPlatform(ConfigurableApplicationContext context, String authorization) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    static RunningPlatform start(Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--nyskapa.data-dir=" + dataDir,
                                                   "--nyskapa.admin-password=" + ADMIN_PASSWORD));
        all.addAll(List.of(arguments));
        RunningPlatform platform = new RunningPlatform(new SpringApplicationBuilder(NyskapaApplication.class)
                                                               .run(all.toArray(String[]::new)),
                                                       basic(TESTER, TESTER_PASSWORD));
        platform.createUser(TESTER, TESTER_PASSWORD, "STAFF", "ANALYST", "LEADERSHIP", "ADMIN");
        return platform;
    }

    /** The same platform spoken to as another user, with HTTP Basic. */
    RunningPlatform as(String username, String password) {
        return new RunningPlatform(context, basic(username, password));
    }

    /** The same platform spoken to with a bearer token, as a client of an OpenID Connect provider speaks. */
    RunningPlatform bearer(String token) {
        return new RunningPlatform(context, "Bearer " + token);
    }

    /** The same platform spoken to by someone who has not signed in. */
    RunningPlatform anonymous() {
        return new RunningPlatform(context, null);
    }

    /** Creates a user (as the administrator); one that exists already is left as it is. */
    void createUser(String username, String password, String... roles) {
        Response created = as("admin", ADMIN_PASSWORD).post("/api/admin/users", JSON.writeValueAsString(
                Map.of("username", username, "password", password, "roles", List.of(roles))));
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("could not create the user " + username + ": " + created);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The address of a page or endpoint of this platform. */
    String url(String path) {
        return base + path;
    }

    /** A request to this platform signed in as this view's user, for what the methods below do not cover. */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    record Response(int status, String contentType, JsonNode body, String location) {
    }

    Response get(String path) {
        return send(request(path).GET());
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

    /** A body that is not JSON (a CSV export, a page), as it was sent. */
    record Text(int status, String contentType, String body) {
    }

    Text text(String path) {
        Raw response = raw(path);
        return new Text(response.status(), response.contentType(), response.text());
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

    /** A bean of the running platform, for what a test must know about it (its endpoints, its schema). */
    <T> Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
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
        HttpRequest.Builder request = request(path);
        headers.forEach(request::setHeader);
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
        return request(path).header("Content-Type", "application/json");
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
