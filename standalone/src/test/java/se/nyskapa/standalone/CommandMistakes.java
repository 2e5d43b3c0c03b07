package se.nyskapa.standalone;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every mistake a client can make with any command's body or path, made from the body the command accepts: each is
 * refused with a problem naming the field (or {@code body} when there is no field to name, {@code Content-Type} for a
 * body that is not JSON), and nothing changes.
 */
final class CommandMistakes {

    /** The API's limit on a command's body (64 KiB), exceeded. */
    static final int OVER_THE_BODY_LIMIT = 64 * 1024 + 1;
    private static final Map<String, String> JSON_TYPE = Map.of("Content-Type", "application/json");

    record Mistake(String name, String method, String path, Map<String, String> headers, Object body, int status,
                   String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    private CommandMistakes() {
    }

    /** A container per endpoint, a test per mistake. */
    static Stream<DynamicContainer> tests(RunningPlatform platform, CommandApi api, String area) {
        return api.endpoints(area).stream().map(endpoint -> dynamicContainer(
                endpoint.toString(), of(endpoint).stream().map(mistake -> test(platform, api.reads(area), mistake))));
    }

    static DynamicTest test(RunningPlatform platform, List<String> reads, Mistake mistake) {
        return dynamicTest(mistake.name(), () -> {
            Refusals.Snapshot before = Refusals.Snapshot.of(platform, reads);

            RunningPlatform.Raw response = platform.raw(mistake.method(), mistake.path(), mistake.headers(),
                                                        mistake.body());

            Refusals.assertRefused(response, mistake.status(), mistake.field());
            before.assertUnchanged(platform);
        });
    }

    static List<Mistake> of(CommandApi.Endpoint endpoint) {
        List<Mistake> mistakes = new ArrayList<>();
        pathMistakes(endpoint, mistakes);
        if (endpoint.hasBody()) {
            bodyMistakes(endpoint, mistakes);
        }
        return mistakes;
    }

    /** Each id in the path as something that is no id: refused by its pattern, whatever the body. */
    private static void pathMistakes(CommandApi.Endpoint endpoint, List<Mistake> mistakes) {
        List<Map.Entry<String, String>> notIds = List.of(
                Map.entry("a MongoDB operator", "%24where"),
                Map.entry("an operator object", "%7B%22%24gt%22%3A%22%22%7D"),
                Map.entry("a space", "a%20b"),
                Map.entry("65 characters", "x".repeat(65)),
                Map.entry("markup", "%3Cscript%3Ealert(1)"));
        endpoint.ids().keySet().forEach(field -> notIds.forEach(id -> mistakes.add(new Mistake(
                field + " in the path: " + id.getKey(), endpoint.method(), endpoint.path(Map.of(field, id.getValue())),
                JSON_TYPE, endpoint.hasBody() ? endpoint.body() : null, 400, field))));
    }

    private static void bodyMistakes(CommandApi.Endpoint endpoint, List<Mistake> mistakes) {
        String valid = endpoint.body();
        ObjectNode body = endpoint.json();
        String first = body.propertyNames().iterator().next();
        body(mistakes, endpoint, "malformed JSON", "{\"" + first + "\": ", 400, "body");
        body(mistakes, endpoint, "truncated JSON", valid.substring(0, valid.length() / 2), 400, "body");
        body(mistakes, endpoint, "no body", "", 400, "body");
        body(mistakes, endpoint, "JSON null", "null", 400, "body");
        body(mistakes, endpoint, "an array instead of an object", "[" + valid + "]", 400, "body");
        body(mistakes, endpoint, "a string instead of an object", "\"" + first + "\"", 400, "body");
        body(mistakes, endpoint, "JSON nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), 400, "body");
        body(mistakes, endpoint, "an unknown field named as a MongoDB operator",
             with(body, "$where", CommandApi.JSON.getNodeFactory().stringNode("sleep(10000)")), 400, "$where");
        body(mistakes, endpoint, "an unknown field", with(body, "urgent", CommandApi.JSON.getNodeFactory()
                .booleanNode(true)), 400, "urgent");
        body(mistakes, endpoint, "a field without a name", with(body, "", CommandApi.JSON.getNodeFactory()
                .numberNode(1)), 400, "body");

        for (Iterator<Map.Entry<String, JsonNode>> fields = body.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            body(mistakes, endpoint, name + ": a MongoDB operator object instead of a value",
                 with(body, name, CommandApi.JSON.readTree("{\"$gt\": \"\"}")), 400, name);
            body(mistakes, endpoint, name + ": a value of the wrong type",
                 with(body, name, wrongType(field.getValue())), 400, name);
            if (endpoint.required().contains(name)) {
                ObjectNode without = body.deepCopy();
                without.remove(name);
                body(mistakes, endpoint, name + ": missing", without.toString(), 400, name);
                body(mistakes, endpoint, name + ": null", with(body, name, CommandApi.JSON.nullNode()), 400, name);
            }
        }

        endpoint.texts().forEach((name, limit) -> {
            body(mistakes, endpoint, name + ": " + (limit + 1) + " characters", text(body, name, "å".repeat(limit + 1)),
                 400, name);
            body(mistakes, endpoint, name + ": a NUL character", text(body, name, "före\u0000efter"), 400, name);
            body(mistakes, endpoint, name + ": a terminal escape", text(body, name, "\u001b[31mröd\u001b[0m"), 400,
                 name);
            body(mistakes, endpoint, name + ": a C1 control character", text(body, name, "före\u0085efter"), 400,
                 name);
            body(mistakes, endpoint, name + ": half of a surrogate pair",
                 text(body, name, "före LONE efter").replace("LONE", "\\ud800"), 400, name);
            mistakes.add(new Mistake(name + ": bytes that are not UTF-8", endpoint.method(), endpoint.path(),
                                     JSON_TYPE, notUtf8(body, name), 400, name));
        });

        String padded = endpoint.texts().isEmpty() ? with(body, "padding", CommandApi.JSON.getNodeFactory()
                .stringNode("x".repeat(OVER_THE_BODY_LIMIT)))
                : text(body, endpoint.texts().keySet().iterator().next(), "x".repeat(OVER_THE_BODY_LIMIT));
        body(mistakes, endpoint, "a body over 64 KiB", padded, 413, "body");
        mistakes.add(new Mistake("a body over 64 KiB, sent in chunks without a length", endpoint.method(),
                                 endpoint.path(), JSON_TYPE,
                                 new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8)), 413, "body"));
        mistakes.add(new Mistake("a body that is not JSON", endpoint.method(), endpoint.path(),
                                 Map.of("Content-Type", "text/plain"), valid, 415, "Content-Type"));
        // Spring reads a POSTed form through the parameters, which Tomcat cannot decode; a PUT's is not read
        boolean post = endpoint.method().equals("POST");
        mistakes.add(new Mistake("a malformed form", endpoint.method(), endpoint.path(),
                                 Map.of("Content-Type", "application/x-www-form-urlencoded"), "%zz=%&\u00ff",
                                 post ? 400 : 415, post ? "body" : "Content-Type"));
    }

    private static void body(List<Mistake> mistakes, CommandApi.Endpoint endpoint, String name, String body,
                             int status, String field) {
        mistakes.add(new Mistake(name, endpoint.method(), endpoint.path(), JSON_TYPE, body, status, field));
    }

    /** A value of another JSON type than the one accepted, none of which the API converts. */
    private static JsonNode wrongType(JsonNode accepted) {
        if (accepted.isString()) {
            return CommandApi.JSON.readTree("[\"a\", \"b\"]");
        }
        if (accepted.isNumber()) {
            return CommandApi.JSON.getNodeFactory().stringNode("many");
        }
        return CommandApi.JSON.getNodeFactory().stringNode("x");
    }

    static String with(ObjectNode body, String field, JsonNode value) {
        ObjectNode changed = body.deepCopy();
        changed.set(field, value);
        return changed.toString();
    }

    static String text(ObjectNode body, String field, String value) {
        return with(body, field, CommandApi.JSON.getNodeFactory().stringNode(value));
    }

    /** The body with the field's text holding a byte that is never UTF-8, and an overlong encoding of '/'. */
    private static byte[] notUtf8(ObjectNode body, String field) {
        String marked = text(body, field, "före MARK efter");
        int at = marked.indexOf("MARK");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(marked.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC0, (byte) 0xAF});
        bytes.writeBytes(marked.substring(at + 4).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
