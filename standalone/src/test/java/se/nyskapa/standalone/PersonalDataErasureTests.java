package se.nyskapa.standalone;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The test of crypto-shredding, against the platform as a user runs it: a person named on contributions is
 * never in any file of the data directory in any readable form, before or after erasure; after erasure the raw event
 * store holds nothing of them, and every projection rebuilt from it, every page, search, history and export reads
 * [raderad] where they were, while what they said stays when it was not marked personal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataErasureTests {

    private static final String NAME = "Åsa Lindqvist Sjöström";
    private static final String EMAIL = "Asa.Lindqvist@Are-Kommun.se";
    private static final String ORGANISATION = "Vårdcentralen Järpen";
    /** A personal text's own words: they are sealed with the person's details. */
    private static final String PERSONAL_WORD = "Xylofonkvartetten";
    private static final String PERSONAL_TEXT = "Min son Elias i " + PERSONAL_WORD + " har diabetes och får ingen "
            + "skolskjuts efter klockan fyra.";
    private static final String AMENDED_PERSONAL_TEXT = "Elias i " + PERSONAL_WORD + " har diabetes; ingen skolskjuts "
            + "efter fyra.";
    private static final String PLAIN_TEXT = "Fler kvällsturer med buss mellan Järpen och Åre.";
    private static final String OTHER_NAME = "Örjan Ek";
    private static final String OTHER_EMAIL = "orjan.ek@krokom.se";
    private static final String THEME = "kreativ-byrakrati";
    private static final String ERASED = "[raderad]";

    @TempDir
    static Path dataDir;
    static RunningPlatform platform;
    /** Each person's key as its file held it before the erasure: the raw AES key, by file. */
    static Map<Path, byte[]> keysBefore;

    @BeforeAll
    static void start() {
        platform = RunningPlatform.start(dataDir);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @Order(1)
    void contributionsNamingAPerson_areRecorded_shownOpened_andTheirDetailsAreInNoFile(CapturedOutput log) {
        status(201, platform.post("/api/visits", """
                {"visitId": "are", "municipalityCode": "2321", "date": "2015-11-12", "venue": "Holiday Club"}"""));
        status(201, platform.put("/api/visits/are/contributions/c-1", contribution("NEED", PERSONAL_TEXT, NAME, EMAIL,
                                                                                   ORGANISATION, true)));
        status(201, platform.put("/api/visits/are/contributions/c-2", contribution("IDEA", PLAIN_TEXT, NAME,
                                                                                   EMAIL.toLowerCase(Locale.ROOT),
                                                                                   null, false)));
        status(201, platform.put("/api/visits/are/contributions/c-3", contribution("NEED", "Bredband till byarna.",
                                                                                   OTHER_NAME, OTHER_EMAIL, null,
                                                                                   false)));
        status(200, platform.post("/api/visits/are/contributions/c-1/amendment", """
                {"text": "%s", "personalText": true}""".formatted(AMENDED_PERSONAL_TEXT)));
        status(200, platform.put("/api/visits/are/contributions/c-1/themes", """
                {"themeIds": ["%s"]}""".formatted(THEME)));
        status(201, platform.post("/api/proposals", """
                {"proposalId": "p-skolskjuts", "title": "Skolskjuts på kvällen", "themeId": "%s",
                 "evidence": ["c-1", "c-2"]}""".formatted(THEME)));
        status(201, platform.put("/api/visits/are/contributions/c-4", """
                {"kind": "FEEDBACK", "text": "Bra förslag, säger %s.", "sector": "CITIZEN", "personalText": true,
                 "feedback": {"proposalId": "p-skolskjuts", "stance": "SUPPORT"},
                 "contributor": {"name": "%s", "email": "%s", "consent": true}}""".formatted(NAME, NAME, EMAIL)));
        platform.awaitCaughtUp();

        JsonNode visit = platform.get("/api/visits/are").body();
        assertThat(contribution(visit, "c-1").path("contributor").path("name").asString()).isEqualTo(NAME);
        assertThat(contribution(visit, "c-1").path("contributor").path("email").asString()).isEqualTo(EMAIL);
        assertThat(contribution(visit, "c-1").path("text").asString()).isEqualTo(AMENDED_PERSONAL_TEXT);
        assertThat(contribution(visit, "c-1").path("personalText").asBoolean()).isTrue();
        assertThat(contribution(visit, "c-2").path("contributor").path("organisation").isNull()).isTrue();
        assertThat(platform.text("/api/exports/contributions.csv").body()).contains(NAME, EMAIL, ORGANISATION);

        // the embedded stores write to their files a moment after a commit: the scan counts once what is not
        // personal has reached both, so that it looks at files that hold what was written
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                filesHolding(List.of("kvällsturer".getBytes(StandardCharsets.UTF_8))))
                .as("the scan finds a text that is not personal in the event store and the projections")
                .anyMatch(found -> found.startsWith(dataDir.resolve("events").toString()))
                .anyMatch(found -> found.startsWith(dataDir.resolve("projections").toString())));
        assertThat(filesHolding(secrets())).as("files of the data directory holding a secret").isEmpty();
        keysBefore = personalKeys();
        assertThat(keysBefore).as("the two people's keys").hasSize(2);
        keysBefore.forEach((file, key) -> assertThat(filesHolding(List.of(key)))
                .as("the key is in its file alone, not in the database").containsExactly(file + ": " + latin1(key)));
        assertNotLogged(log);
    }

    @Test
    @Order(2)
    void badContributorDetails_areRefusedNamingTheField_andChangeNothing(CapturedOutput log) {
        long events = platform.storedEvents();

        refused(platform.put("/api/visits/are/contributions/c-9", contribution("NEED", "x", NAME, EMAIL, null, false)
                .replace("\"consent\": true", "\"consent\": false")), 400, "contributor.consent");
        refused(platform.put("/api/visits/are/contributions/c-9", contribution("NEED", "x", NAME, "inte-en-adress",
                                                                               null, false)), 400, "contributor.email");
        refused(platform.put("/api/visits/are/contributions/c-9", contribution("NEED", "x", "N".repeat(201), null,
                                                                               null, false)), 400, "contributor.name");
        refused(platform.post("/api/admin/erasures", "{\"email\": \"inte-en-adress\"}"), 400, "email");
        refused(platform.post("/api/admin/erasures", "{\"email\": \"ingen.alls@example.se\"}"), 404, "email");

        assertThat(platform.storedEvents()).isEqualTo(events);
        assertNotLogged(log);
    }

    @Test
    @Order(3)
    void afterErasure_theRawEventStoreHoldsNothingOfThePerson_inAnyForm(CapturedOutput log) {
        RunningPlatform.Response erased = platform.post("/api/admin/erasures", """
                {"email": " asa.lindqvist@are-kommun.SE "}""");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body().path("keysErased").asInt()).isEqualTo(1);
        Map<String, List<String>> found = rowsHolding(secrets());
        assertThat(found).as("rows of the database holding a secret").isEmpty();
        Map<Path, byte[]> keysAfter = personalKeys();
        assertThat(keysAfter).as("one key erased, the other person's kept").hasSize(1);
        keysBefore.keySet().stream().filter(file -> !keysAfter.containsKey(file)).forEach(
                erasedKey -> assertThat(filesHolding(List.of(keysBefore.get(erasedKey))))
                        .as("the erased key, anywhere on disk").isEmpty());
        assertThat(platform.post("/api/admin/erasures", "{\"email\": \"" + EMAIL + "\"}").status())
                .as("erased already").isEqualTo(404);
        assertNotLogged(log);
    }

    @Test
    @Order(4)
    void afterErasure_everyRebuiltProjection_pageSearchHistoryAndExport_readsErased(CapturedOutput log) {
        List<String> names = platform.awaitCaughtUp();
        for (String name : names) {
            status(202, platform.post("/api/admin/projections/" + name + "/rebuild", ""));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> platform.awaitCaughtUp().size() == names.size());

        JsonNode visit = platform.get("/api/visits/are").body();
        for (String id : List.of("c-1", "c-2", "c-4")) {
            JsonNode contributor = contribution(visit, id).path("contributor");
            assertThat(contributor.path("name").asString()).as(id).isEqualTo(ERASED);
            assertThat(contributor.path("email").asString()).as(id).isEqualTo(ERASED);
        }
        assertThat(contribution(visit, "c-1").path("contributor").path("organisation").asString()).isEqualTo(ERASED);
        assertThat(contribution(visit, "c-2").path("contributor").path("organisation").isNull())
                .as("a detail never given stays absent").isTrue();
        assertThat(contribution(visit, "c-1").path("text").asString()).isEqualTo(ERASED);
        assertThat(contribution(visit, "c-4").path("text").asString()).isEqualTo(ERASED);
        assertThat(contribution(visit, "c-2").path("text").asString()).as("what was said stays").isEqualTo(PLAIN_TEXT);
        assertThat(contribution(visit, "c-1").path("themeIds").get(0).asString()).isEqualTo(THEME);
        assertThat(contribution(visit, "c-3").path("contributor").path("name").asString()).isEqualTo(OTHER_NAME);

        Map<String, String> read = new LinkedHashMap<>();
        for (String path : List.of("/api/visits/are", "/api/search?visit=are", "/api/search?q=kv%C3%A4llsturer",
                                   "/api/history/c-1", "/api/history/c-4", "/api/history/are",
                                   "/api/municipalities/2321", "/api/municipalities/2321/feedback",
                                   "/api/themes/" + THEME, "/api/proposals/p-skolskjuts",
                                   "/api/proposals/p-skolskjuts?asOf=2099-01-01T00:00:00Z",
                                   "/api/exports/contributions.csv", "/api/exports/contributions.json",
                                   "/visits/are", "/search?visit=are", "/municipalities/2321",
                                   "/municipalities/2321/feedback", "/themes/" + THEME, "/proposals/p-skolskjuts")) {
            RunningPlatform.Text text = platform.text(path);
            assertThat(text.status()).as(path).isEqualTo(200);
            read.put(path, text.body());
        }
        read.forEach((path, body) -> assertThat(holding(body.getBytes(StandardCharsets.UTF_8), secrets()))
                .as("secrets in " + path).isEmpty());
        assertThat(read.get("/api/exports/contributions.csv")).contains(ERASED, PLAIN_TEXT);
        assertThat(read.get("/api/exports/contributions.json")).contains(ERASED, PLAIN_TEXT);
        assertThat(read.get("/api/search?visit=are")).contains(ERASED);
        assertThat(read.get("/api/history/c-1")).contains(ERASED);
        assertThat(read.get("/api/proposals/p-skolskjuts")).contains(ERASED, PLAIN_TEXT);
        assertThat(read.get("/visits/are")).contains(ERASED, PLAIN_TEXT);
        assertThat(platform.text("/visits/are?lang=en").body()).contains("[erased]").doesNotContain(ERASED);
        assertThat(platform.text("/visits/are?lang=nb").body()).contains("[slettet]").doesNotContain(ERASED);

        assertThat(filesHolding(secrets())).as("files of the data directory holding a secret").isEmpty();
        assertThat(log.getAll()).as("the platform's log, captured while it rebuilt").isNotBlank();
        assertNotLogged(log);
    }

    /** Nothing the platform logged while the test ran names the person. */
    private static void assertNotLogged(CapturedOutput log) {
        assertThat(holding(log.getAll().getBytes(StandardCharsets.UTF_8), secrets())).as("secrets in the log")
                                                                                     .isEmpty();
    }

    /**
     * The person's details and the words of their personal text, each as typed, in lower and upper case, in the
     * encodings a store may use, and in Base64 at each of its three alignments.
     */
    private static List<byte[]> secrets() {
        List<byte[]> secrets = new ArrayList<>();
        for (String secret : List.of(NAME, EMAIL, ORGANISATION, "Lindqvist", PERSONAL_WORD)) {
            for (String form : List.of(secret, secret.toLowerCase(Locale.ROOT), secret.toUpperCase(Locale.ROOT))) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
                                               StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    secrets.add(form.getBytes(charset));
                }
                secrets.addAll(base64(form.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return secrets;
    }

    /** Base64 of the bytes wherever they start in what was encoded: the characters that depend on them alone. */
    private static List<byte[]> base64(byte[] bytes) {
        List<byte[]> forms = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, shifted, offset, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            int from = (offset * 4 + 2) / 3;
            int to = ((offset + bytes.length) / 3) * 4;
            forms.add(encoded.substring(from, to).getBytes(StandardCharsets.US_ASCII));
        }
        return forms;
    }

    /** The raw AES key of every person's key file in the key directory. */
    private static Map<Path, byte[]> personalKeys() {
        Map<Path, byte[]> keys = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("keys"))) {
            for (Path file : files.filter(file -> !file.getFileName().toString().startsWith("email-lookup")).toList()) {
                AesGcmKey key = (AesGcmKey) TinkProtoKeysetFormat.parseKeyset(Files.readAllBytes(file),
                                                                              InsecureSecretKeyAccess.get())
                                                                 .getPrimary().getKey();
                keys.put(file, key.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Every file under the data directory (event database, key table, projection store, search index). */
    private static List<String> filesHolding(List<byte[]> secrets) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).as("the stores' files")
                               .anyMatch(file -> file.getFileName().toString().startsWith("events"))
                               .anyMatch(file -> file.getFileName().toString().startsWith("projections"))
                               .anyMatch(file -> file.startsWith(dataDir.resolve("search")));
            List<String> holding = new ArrayList<>();
            for (Path file : regular) {
                holding(readWhileInUse(file), secrets).forEach(secret -> holding.add(file + ": " + secret));
            }
            return holding;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file a store may replace while it is read (an index segment merged away) reads as empty. */
    private static byte[] readWhileInUse(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every column of every row of every table of the platform's database, as text and as bytes. */
    private static Map<String, List<String>> rowsHolding(List<byte[]> secrets) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> tables = platform.database()
                                      .sql("SELECT table_name FROM information_schema.tables "
                                                   + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
                                      .query(String.class).list();
        assertThat(tables).contains("domainevententry", "snapshotevententry", "personal_key");
        for (String table : tables) {
            platform.database().sql("SELECT * FROM " + table).query(rows -> {
                ResultSetMetaData columns = rows.getMetaData();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    List<String> holding = new ArrayList<>(holding(bytes(rows.getObject(column)), secrets));
                    String text = rows.getString(column);
                    if (text != null) {
                        holding.addAll(holding(text.getBytes(StandardCharsets.UTF_8), secrets));
                    }
                    if (!holding.isEmpty()) {
                        found.computeIfAbsent(table + "." + columns.getColumnName(column), c -> new ArrayList<>())
                             .addAll(holding);
                    }
                }
            });
        }
        return found;
    }

    private static byte[] bytes(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value == null ? new byte[0] : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The secrets found in {@code data}, as text. */
    private static List<String> holding(byte[] data, List<byte[]> secrets) {
        String searched = new String(data, StandardCharsets.ISO_8859_1);
        return secrets.stream().filter(secret -> searched.contains(new String(secret, StandardCharsets.ISO_8859_1)))
                      .map(secret -> new String(secret, StandardCharsets.ISO_8859_1)).toList();
    }

    private static String contribution(String kind, String text, String name, String email, String organisation,
                                       boolean personalText) {
        return """
                {"kind": "%s", "text": "%s", "sector": "CITIZEN", "personalText": %s,
                 "contributor": {"name": %s, "email": %s, "organisation": %s, "consent": true}}"""
                .formatted(kind, text, personalText, quoted(name), quoted(email), quoted(organisation));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static JsonNode contribution(JsonNode visit, String id) {
        for (JsonNode contribution : visit.path("contributions")) {
            if (contribution.path("contributionId").asString().equals(id)) {
                return contribution;
            }
        }
        throw new AssertionError("no contribution " + id + " in " + visit);
    }

    private static void refused(RunningPlatform.Response response, int status, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    private static void status(int expected, RunningPlatform.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(expected);
    }
}
