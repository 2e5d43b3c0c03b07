package se.nyskapa.standalone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The exports with bad input: filters that name nothing or are MongoDB operators, refused naming them; paths that try
 * to reach a file, answered without one and never with a 5xx; and every cell a user wrote that a spreadsheet would take
 * as a formula (a text, a theme's name), made plain text (ids start with a letter or digit, so none can be one).
 */
@ExtendWith(BadInputPlatform.class)
class ExportBadInputTests {

    private static final String KROKOM = "2309";
    private static final String VISIT = "bad-export";
    private static final List<String> FORMULAS = List.of("=1+2", "+46 70 123 45 67", "-2+3", "@SUM(A1:A2)",
                                                         "\t=1+2", "\r=1+2", "=HYPERLINK(\"http://x\";\"y\")");
    private static RunningPlatform platform;
    private static List<String> reads;

    @BeforeAll
    static void formulasEverywhere(RunningPlatform running, CommandApi api) {
        platform = running;
        reads = List.of("/api/visits/" + api.visit(), "/api/themes/matrix");
        assertThat(platform.post("/api/themes", "{\"themeId\": \"bad-formula\", \"name\": \"=cmd|' /C calc'!A0\"}")
                           .status()).isEqualTo(201);
        assertThat(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-18", "venue": "Krokom"}"""
                .formatted(VISIT, KROKOM)).status()).isEqualTo(201);
        for (int n = 0; n < FORMULAS.size(); n++) {
            String contribution = "/api/visits/" + VISIT + "/contributions/bad-formula-" + n;
            assertThat(platform.put(contribution, CommandApi.JSON.createObjectNode().put("kind", "NEED")
                    .put("text", FORMULAS.get(n)).put("sector", "CITIZEN").toString()).status()).isEqualTo(201);
            assertThat(platform.put(contribution + "/themes", "{\"themeIds\": [\"bad-formula\"]}").status())
                    .isEqualTo(200);
        }
        assertThat(platform.put("/api/visits/" + VISIT + "/contributions/bad-export-markup", CommandApi.JSON
                .createObjectNode().put("kind", "IDEA").put("text", Markup.in("export")).put("sector", "CITIZEN")
                .toString()).status()).isEqualTo(201);
        platform.awaitCaughtUp();
    }

    @Test
    void noCellOfTheCsv_startsAsAFormula_andEachFormulaIsKeptAsText() {
        RunningPlatform.Raw csv = platform.raw("/api/exports/contributions.csv?municipality=" + KROKOM);

        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> rows = rows(csv.text());
        assertThat(rows).hasSize(FORMULAS.size() + 1);
        rows.forEach(row -> row.forEach(cell -> assertThat(cell).as("a cell of %s", row)
                .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r")));
        assertThat(rows.stream().map(row -> row.get(8)))
                .containsAll(FORMULAS.stream().map(formula -> "'" + formula).toList())
                .contains(Markup.in("export"));
        assertThat(rows.stream().filter(row -> row.get(0).startsWith("bad-formula-")).map(row -> row.get(7)))
                .hasSize(FORMULAS.size()).containsOnly("'=cmd|' /C calc'!A0");
    }

    @Test
    void theJson_keepsEveryTextAsItWasWritten() {
        RunningPlatform.Raw json = platform.raw("/api/exports/contributions.json?municipality=" + KROKOM);

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().valueStream().map(c -> c.path("text").asString()))
                .containsAll(FORMULAS).contains(Markup.in("export"));
        assertThat(json.json().valueStream().flatMap(c -> c.path("themes").valueStream())
                       .map(theme -> theme.path("name").asString())).contains("=cmd|' /C calc'!A0");
    }

    static Stream<Arguments> badFilters() {
        return Stream.of("csv", "json").flatMap(type -> Stream.of(
                arguments(type, "municipality=9999", "municipality"),
                arguments(type, "municipality=%7B%22%24gt%22%3A%22%22%7D", "municipality"),
                arguments(type, "municipality=..%2F..%2Fetc%2Fpasswd", "municipality"),
                arguments(type, "theme=%24where", "theme"),
                arguments(type, "theme=no-theme", "theme"),
                arguments(type, "kind=WISH", "kind"),
                arguments(type, "kind=%7B%22%24ne%22%3Anull%7D", "kind")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badFilters")
    void aBadFilter_isRefusedNamingIt(String type, String filter, String field) {
        Refusals.assertRefusedAndUnchanged(platform, reads, "GET", "/api/exports/contributions." + type + "?" + filter,
                                           null, 400, field);
    }

    /**
     * Names that try to leave the exports for a file, or to pass for an export: answered 4xx without the file, or, for
     * a name Tomcat reads as an export's (a path parameter after ';'), with that export. Never a 5xx.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/exports/../../etc/passwd", "/api/exports/%2e%2e/%2e%2e/etc/passwd",
            "/api/exports/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/api/exports/..%2f..%2fetc%2fpasswd",
            "/api/exports/%252e%252e%252fetc%252fpasswd", "/api/exports/..;/..;/etc/passwd",
            "/api/exports/%5c..%5c..%5cetc%5cpasswd", "/api/exports/contributions.csv%00.txt",
            "/api/exports/contributions.csv;jsessionid=0123456789ABCDEF", "/api/exports/contributions.json;.csv",
            "/api/exports/contributions.csv/", "/api/exports/contributions.CSV", "/api/exports/contributions.xlsx",
            "/api/exports/contributions", "/api/exports/", "/api/exports/application.yml",
            "/api/exports/../application.yml", "/api/exports/WEB-INF/web.xml",
            "/api/exports/file:%2F%2F%2Fetc%2Fpasswd",
            "/api/exports/contributions.csv%3F%2F..%2F..%2Fetc%2Fpasswd", "/static/../../etc/passwd",
            "/css/%2e%2e/%2e%2e/%2e%2e/etc/passwd"})
    void aPathTrick_reachesNoFile_andIsNoServerError(String path) {
        Refusals.Snapshot before = Refusals.Snapshot.of(platform, reads);

        RunningPlatform.Raw answer = platform.raw(path);

        assertThat(answer.status()).as(answer.text()).isLessThan(500);
        if (answer.status() == 200) {
            assertThat(answer.headers().firstValue("Content-Disposition")).as("an export, as its own name asks")
                    .hasValueSatisfying(value -> assertThat(value).matches("attachment; filename=\"nyskapa-inspel\\."
                                                                           + "(csv|json)\""));
        } else {
            assertThat(answer.status()).isBetween(400, 499);
            assertThat(answer.text()).doesNotContain("root:").doesNotContain("spring:").doesNotContain("<web-app");
        }
        before.assertUnchanged(platform);
    }

    private static List<CSVRecord> rows(String text) {
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(';').setSkipHeaderRecord(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            List<CSVRecord> rows = parser.getRecords();
            return rows.subList(1, rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
