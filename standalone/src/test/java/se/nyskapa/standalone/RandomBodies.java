package se.nyskapa.standalone;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests made from a command's accepted body by random mutation, all drawn from one {@link Random}: fields dropped,
 * added, nulled or given values of every JSON type (operator objects, junk nested a few levels, numbers at and past
 * every limit, strings of every length and of every odd kind of character), written plainly or with every non-ASCII
 * character escaped (which is how a lone surrogate reaches the server); now and then the bytes themselves cut, spoilt
 * or sent under another type, a body over the size limit, or an id in the path replaced.
 */
final class RandomBodies {

    record Request(String path, Map<String, String> headers, byte[] body) {

        /** The body as text, shortened, for a failure's message. */
        String preview() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.length() > 600 ? text.substring(0, 600) + "… (" + body.length + " bytes)" : text;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper ESCAPED = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final List<String> FIELD_NAMES = List.of("$where", "$gt", "$regex", "__proto__", "constructor",
                                                            "x", "Text", "text ", "🙂", "", "a.b", "visitId",
                                                            "contributor", "feedback", "loggedAt", "themeIds");
    private static final List<String> ODD_TEXTS = List.of(
            "", " ", "\n", "ÅÄÖ åäö Æ Ø", "🙂🙂🙂", "\u202Eevil\u202C", "\u200B", "e\u0301", "\uFEFFbom", "\uD800",
            "\uDC00x", "a\uD83D", "\u0000", "\u0007bell", "\u001b[2J", "\u0085", "\u007F", "\r\n\t",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=1+2", "@SUM(A1)", "-2+3",
            "'; DROP TABLE domain_event_entry; --", "{\"$gt\": \"\"}", "${jndi:ldap://127.0.0.1/x}", "%00",
            "../../etc/passwd", "(a+)+$", "NEED", "CITIZEN", "SUPPORT", "UNDER_REVIEW", "2015-11-16", "2015-02-30",
            "+999999999-12-31", "-999999999-01-01", "0000-01-01", "2015-11-16T10:00:00Z", "2999-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "2321", "9999", "null", "true", "1e400", "NaN");
    private static final List<Integer> LENGTHS = List.of(1, 63, 64, 65, 199, 200, 201, 3_999, 4_000, 4_001);

    private final Random random;

    RandomBodies(Random random) {
        this.random = random;
    }

    /** A request for the endpoint, its body a mutation of the accepted one (or random bytes for one without). */
    Request next(CommandApi.Endpoint endpoint) {
        String path = endpoint.path();
        if (!endpoint.ids().isEmpty() && chance(5)) {
            List<String> fields = new ArrayList<>(endpoint.ids().keySet());
            String field = fields.get(random.nextInt(fields.size()));
            path = endpoint.path(Map.of(field, URLEncoder.encode(text(), StandardCharsets.UTF_8).replace("+", "%20")));
        }
        JsonNode body = endpoint.hasBody() ? mutate(endpoint.json()) : value(0);
        byte[] bytes = written(body, chance(30));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (chance(8)) {
            bytes = spoil(bytes);
        }
        if (chance(2)) {
            bytes = ("{\"text\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        if (chance(3)) {
            headers.put("Content-Type", pick(List.of("text/plain", "application/json; charset=UTF-16",
                                                     "application/x-www-form-urlencoded", "application/xml")));
        }
        return new Request(path.length() > 2_000 ? endpoint.path() : path, headers, bytes);
    }

    /** Written as UTF-8, or with every non-ASCII character escaped; a lone surrogate can only be sent escaped. */
    private static byte[] written(JsonNode body, boolean escaped) {
        if (!escaped) {
            try {
                return PLAIN.writeValueAsBytes(body);
            } catch (JacksonException unpaired) {
                // a lone surrogate has no UTF-8
            }
        }
        return ESCAPED.writeValueAsBytes(body);
    }

    private JsonNode mutate(ObjectNode valid) {
        if (chance(4)) {
            return value(0);
        }
        ObjectNode body = valid.deepCopy();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            List<String> fields = new ArrayList<>(body.propertyNames());
            String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
            switch (random.nextInt(6)) {
                case 0 -> body.remove(field);
                case 1 -> body.set(pick(FIELD_NAMES), value(0));
                case 2, 3 -> body.set(field, value(0));
                case 4 -> body.put(field, text());
                default -> body.putNull(field);
            }
        }
        return body;
    }

    /** Any JSON value, nested at most four deep. */
    private JsonNode value(int depth) {
        int kinds = depth < 4 ? 9 : 6;
        return switch (random.nextInt(kinds)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> number();
            case 3, 4, 5 -> NODES.stringNode(text());
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                int size = chance(10) ? 501 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(size > 100 ? NODES.stringNode("c" + i) : value(depth + 1));
                }
                yield array;
            }
            case 7 -> {
                ObjectNode object = NODES.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(pick(FIELD_NAMES), value(depth + 1));
                }
                yield object;
            }
            default -> PLAIN.readTree(pick(List.of("{\"$gt\": \"\"}", "{\"$ne\": null}",
                                                   "{\"$where\": \"sleep(10000)\"}", "{\"$regex\": \"(a+)+$\"}",
                                                   "[\"$in\", [1, 2]]")));
        };
    }

    private JsonNode number() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(pick(List.of(0, 1, -1, 5, 6, 2_000, 2_101, 100_000, 100_001)));
            case 1 -> NODES.numberNode(Integer.MAX_VALUE);
            case 2 -> NODES.numberNode((long) Integer.MAX_VALUE + 1);
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.numberNode(new BigInteger("9".repeat(400)));
            case 5 -> NODES.numberNode(pick(List.of(0.5, 4.5, -0.0, 1e308, 1e-308)));
            case 6 -> NODES.numberNode(random.nextInt());
            default -> NODES.numberNode(random.nextDouble() * 10);
        };
    }

    private String text() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> pick(ODD_TEXTS);
            case 2 -> "å".repeat(pick(LENGTHS));
            default -> {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(40);
                int base = pick(List.of(0x20, 0x00, 0x80, 0x300, 0x590, 0x4E00, 0xD7F0, 0xFFF0, 0x1F600));
                for (int i = 0; i < length; i++) {
                    text.appendCodePoint(base + random.nextInt(0x30));
                }
                yield text.toString();
            }
        };
    }

    /** The bytes cut short, or with bytes that are never UTF-8 put in, or replaced by noise. */
    private byte[] spoil(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(bytes, at);
            case 1 -> {
                ByteArrayOutputStream spoilt = new ByteArrayOutputStream();
                spoilt.write(bytes, 0, at);
                spoilt.write(pick(List.of(0xFF, 0xC0, 0x80, 0xED, 0x00)));
                spoilt.write(bytes, at, bytes.length - at);
                yield spoilt.toByteArray();
            }
            default -> {
                byte[] noise = new byte[random.nextInt(64)];
                random.nextBytes(noise);
                yield noise;
            }
        };
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
