package se.nyskapa.standalone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contribution exports over HTTP, on the shared demo platform with contributions of this class's own in Berg: CSV
 * as Swedish Excel reads it, parsed back with Commons CSV, formulas neutralised, filters, refusals; and JSON.
 */
@ExtendWith(WebPlatform.class)
class ExportTests {

    private static final String VISIT = "lx-berg";
    private static final String BERG = "2326";
    private static final String NORDIC = "Åsa och Örjan äter blåbär; ærlig og søt i Ørsta\noch en ny rad";
    private static final String QUOTED = "Hon sa \"kör\" och vi körde";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String[] COLUMNS = {"contributionId", "municipalityCode", "municipalityName", "visitId",
            "visitDate", "kind", "sector", "themes", "text", "recordedAt", "amendedAt", "contributorName",
            "contributorEmail", "contributorOrganisation"};

    private static RunningPlatform platform;

    @BeforeAll
    static void record(RunningPlatform running) {
        platform = running;
        assertThat(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-20", "venue": "Svenstavik",
                 "hosts": ["Anna"]}""".formatted(VISIT, BERG)).status()).isEqualTo(201);
        contribute("lx-formula", "NEED", "=HYPERLINK(\"http://example.org\";\"klicka\")");
        contribute("lx-plus", "IDEA", "+46 70 123 45 67");
        contribute("lx-minus", "NEED", "-1+2");
        contribute("lx-at", "NEED", "@SUM(A1:A2)");
        contribute("lx-tab", "NEED", "\tindraget");
        contribute("lx-script", "IDEA", SCRIPT);
        contribute("lx-nordic", "OPPORTUNITY", NORDIC);
        contribute("lx-quoted", "NEED", QUOTED);
        contribute("lx-retracted", "NEED", "Återtas strax");
        contribute("lx-amended", "NEED", "Före ändringen");
        assertThat(platform.post("/api/visits/" + VISIT + "/contributions/lx-retracted/retraction",
                                 "{\"reason\": \"dubblett\"}").status()).isEqualTo(200);
        assertThat(platform.post("/api/visits/" + VISIT + "/contributions/lx-amended/amendment",
                                 "{\"text\": \"Efter ändringen\"}").status()).isEqualTo(200);
        assertThat(platform.put("/api/visits/" + VISIT + "/contributions/lx-nordic/themes",
                                "{\"themeIds\": [\"ideslussar\"]}").status()).isEqualTo(200);
        platform.awaitCaughtUp();
    }

    @Test
    void theCsv_isUtf8WithABom_semicolonsAndCrlf_andEveryLiveContributionReadsBackAsWritten() {
        HttpResponse<byte[]> response = Downloads.get(platform, "/api/exports/contributions.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"nyskapa-inspel.csv\"");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8's byte order mark")
                                          .containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text.substring(1, text.indexOf("\r\n"))).isEqualTo(
                "\"contributionId\";\"municipalityCode\";\"municipalityName\";\"visitId\";\"visitDate\";\"kind\";"
                + "\"sector\";\"themes\";\"text\";\"recordedAt\";\"amendedAt\";\"contributorName\";"
                + "\"contributorEmail\";\"contributorOrganisation\"");
        assertThat(text.replace("\r\n", "")).as("rows end in CRLF; a bare LF is only inside a quoted text")
                                            .doesNotContain("\"\n");

        Map<String, CSVRecord> rows = rows(body);
        assertThat(rows).containsKeys("lx-formula", "lx-nordic", "lx-quoted", "lx-amended", "demo-are-01")
                        .doesNotContainKey("lx-retracted");
        CSVRecord nordic = rows.get("lx-nordic");
        assertThat(nordic.get("text")).isEqualTo(NORDIC);
        assertThat(nordic.get("municipalityName")).isEqualTo("Berg");
        assertThat(nordic.get("visitId")).isEqualTo(VISIT);
        assertThat(nordic.get("visitDate")).isEqualTo("2015-11-20");
        assertThat(nordic.get("kind")).isEqualTo("OPPORTUNITY");
        assertThat(nordic.get("sector")).isEqualTo("CITIZEN");
        assertThat(nordic.get("themes")).isEqualTo("Idéslussar");
        assertThat(nordic.get("recordedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
        assertThat(rows.get("lx-quoted").get("text")).isEqualTo(QUOTED);
        assertThat(rows.get("lx-amended").get("text")).as("as last amended").isEqualTo("Efter ändringen");
        assertThat(rows.get("lx-amended").get("amendedAt")).isNotEmpty();
        assertThat(Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow()))
                .isEqualTo(rows.size());
    }

    @Test
    void cellsASpreadsheetWouldEvaluate_startWithAnApostrophe_andMarkupIsPlainText() {
        Map<String, CSVRecord> rows = rows(Downloads.get(platform, "/api/exports/contributions.csv?municipality="
                                                                   + BERG).body());

        assertThat(rows.get("lx-formula").get("text")).isEqualTo("'=HYPERLINK(\"http://example.org\";\"klicka\")");
        assertThat(rows.get("lx-plus").get("text")).isEqualTo("'+46 70 123 45 67");
        assertThat(rows.get("lx-minus").get("text")).isEqualTo("'-1+2");
        assertThat(rows.get("lx-at").get("text")).isEqualTo("'@SUM(A1:A2)");
        assertThat(rows.get("lx-tab").get("text")).isEqualTo("'\tindraget");
        assertThat(rows.get("lx-script").get("text")).isEqualTo(SCRIPT);
        assertThat(rows.get("lx-nordic").get("text")).as("nothing else is touched").isEqualTo(NORDIC);
    }

    @Test
    void filters_byKommunKindAndTheme_andTheExpectedCountMatches() {
        HttpResponse<byte[]> ideas = Downloads.get(platform, "/api/exports/contributions.csv?municipality=" + BERG
                                                             + "&kind=IDEA");
        Map<String, CSVRecord> rows = rows(ideas.body());
        assertThat(rows).containsKeys("lx-plus", "lx-script").doesNotContainKeys("lx-formula", "lx-nordic");
        assertThat(rows.values()).allSatisfy(row -> {
            assertThat(row.get("municipalityCode")).isEqualTo(BERG);
            assertThat(row.get("kind")).isEqualTo("IDEA");
        });
        assertThat(ideas.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(rows.size()));

        HttpResponse<byte[]> themed = Downloads.get(platform, "/api/exports/contributions.csv?municipality=" + BERG
                                                              + "&theme=ideslussar");
        Map<String, CSVRecord> tagged = rows(themed.body());
        assertThat(tagged).containsKey("lx-nordic").doesNotContainKeys("lx-plus", "lx-formula");
        assertThat(tagged.values()).allSatisfy(row -> assertThat(row.get("themes")).contains("Idéslussar"));
        assertThat(themed.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(tagged.size()));

        assertThat(rows(Downloads.get(platform, "/api/exports/contributions.csv?municipality=&theme=&kind=").body()))
                .as("a form's empty choices take all").containsKeys("lx-formula", "demo-are-01");
    }

    @Test
    void aFilterThatIsNotOne_isAProblemNamingIt() {
        assertProblem("/api/exports/contributions.csv?municipality=9999", "municipality");
        assertProblem("/api/exports/contributions.csv?kind=WISH", "kind");
        assertProblem("/api/exports/contributions.csv?theme=finns-inte", "theme");
        assertProblem("/api/exports/contributions.json?municipality=0180", "municipality");
    }

    @Test
    void theJson_isAnArrayOfEveryLiveContribution_aLineEach() throws IOException {
        HttpResponse<byte[]> response = Downloads.get(platform, "/api/exports/contributions.json?municipality=" + BERG);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"nyskapa-inspel.json\"");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode all = JsonMapper.builder().build().readTree(text);
        List<JsonNode> mine = new ArrayList<>();
        all.forEach(c -> {
            if (c.get("visitId").asString().equals(VISIT)) {
                mine.add(c);
            }
        });
        assertThat(mine).extracting(c -> c.get("contributionId").asString())
                        .contains("lx-nordic", "lx-script", "lx-amended").doesNotContain("lx-retracted");
        JsonNode nordic = mine.stream().filter(c -> c.get("contributionId").asString().equals("lx-nordic"))
                              .findFirst().orElseThrow();
        assertThat(nordic.get("text").asString()).isEqualTo(NORDIC);
        assertThat(nordic.get("municipalityName").asString()).isEqualTo("Berg");
        assertThat(nordic.get("themes").get(0).get("themeId").asString()).isEqualTo("ideslussar");
        assertThat(nordic.get("visitDate").asString()).isEqualTo("2015-11-20");
        assertThat(mine.stream().filter(c -> c.get("contributionId").asString().equals("lx-script")).findFirst()
                       .orElseThrow().get("text").asString()).isEqualTo(SCRIPT);
        assertThat(text.chars().filter(c -> c == '\n').count()).as("a line per contribution").isEqualTo(all.size());
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(all.size()));
    }

    private static void assertProblem(String path, String field) {
        RunningPlatform.Response problem = platform.get(path);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static void contribute(String id, String kind, String text) {
        assertThat(platform.put("/api/visits/" + VISIT + "/contributions/" + id,
                                JsonMapper.builder().build().createObjectNode().put("kind", kind).put("text", text)
                                          .put("sector", "CITIZEN").toString()).status()).isEqualTo(201);
    }

    /** The CSV parsed as a spreadsheet would: the BOM dropped, ';' between fields; rows by contribution id. */
    private static Map<String, CSVRecord> rows(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.Builder.create().setDelimiter(';').setHeader(COLUMNS).setSkipHeaderRecord(true)
                                            .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            Map<String, CSVRecord> rows = new LinkedHashMap<>();
            parser.forEach(row -> rows.put(row.get("contributionId"), row));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
