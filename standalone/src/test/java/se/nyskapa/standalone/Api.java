package se.nyskapa.standalone;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;

/**
 * A Nyskapa service spoken to over real HTTP as one user, signed in with HTTP Basic (or a bearer token, or not at
 * all): the platform a test started in its own JVM ({@link RunningPlatform}) or a service running as a process of its
 * own ({@link ServiceProcess}).
 */
class Api {

    static final String ADMIN_PASSWORD = "admin-password-of-the-tests";
    /** A user with every role, created at start, so that a test can do anything a user can. */
    static final String TESTER = "tester";
    static final String TESTER_PASSWORD = "tester-password-of-the-tests";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    /** The Authorization header sent, or null for none. */
    private final String authorization;

    Api(HttpClient http, String base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    /** The same service spoken to as another user, with HTTP Basic. */
    Api as(String username, String password) {
        return new Api(http, base, basic(username, password));
    }

    /** The same service spoken to by someone who has not signed in. */
    Api anonymous() {
        return new Api(http, base, null);
    }

    /** Creates a user (as the administrator); one that exists already is left as it is. */
    void createUser(String username, String password, String... roles) {
        Response created = new Api(http, base, basic("admin", ADMIN_PASSWORD)).post(
                "/api/admin/users", JSON.writeValueAsString(Map.of("username", username, "password", password,
                                                                   "roles", List.of(roles))));
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("could not create the user " + username + ": " + created);
        }
    }

    static String basic(String username, String password) {
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
        JsonNode projections = await().atMost(Duration.ofSeconds(120)).until(
                () -> get("/api/admin/projections").body(),
                all -> all.size() > 0 && StreamSupport.stream(all.spliterator(), false).allMatch(
                        p -> p.path("state").asString().equals("RUNNING")
                             && p.path("position").asLong() >= p.path("head").asLong()));
        return StreamSupport.stream(projections.spliterator(), false).map(p -> p.path("name").asString()).toList();
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
