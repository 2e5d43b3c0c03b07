package se.nyskapa.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.nyskapa.personal.Contributor;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void aFieldASpreadsheetWouldEvaluate_getsAnApostrophe_andNoOtherIsTouched() {
        assertThat(CsvExport.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExport.safe("+46")).isEqualTo("'+46");
        assertThat(CsvExport.safe("-2")).isEqualTo("'-2");
        assertThat(CsvExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.safe("\rx")).isEqualTo("'\rx");
        assertThat(CsvExport.safe("Åre = bra")).isEqualTo("Åre = bra");
        assertThat(CsvExport.safe("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(CsvExport.safe(null)).isEmpty();
    }

    @Test
    void rowsAreUtf8WithABom_semicolonSeparated_crlfEnded_andReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvExport csv = new CsvExport(out, STOCKHOLM)) {
            csv.write(new ExportedContribution("c-1", "2321", "Åre", "v-1", LocalDate.of(2015, 11, 18),
                                               ContributionKind.NEED, Sector.CITIZEN,
                                               List.of(new ExportedContribution.Theme("a", "Idéslussar"),
                                                       new ExportedContribution.Theme("b", "Dialog; plattform")),
                                               "Fler mötesplatser; även \"på kvällen\"\nför unga",
                                               Instant.parse("2015-11-18T09:12:03.120Z"), null,
                                               new Contributor("=Åsa Sjöström", "asa.sjostrom@are.se", null, true)));
        }
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(text).startsWith("\uFEFF\"contributionId\";\"municipalityCode\";").endsWith("\"\"\r\n");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                                                CSVFormat.Builder.create().setDelimiter(';')
                                                                 .setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(1);
            CSVRecord row = rows.get(0);
            assertThat(parser.getHeaderNames()).containsExactly(CsvExport.COLUMNS);
            assertThat(row.get("municipalityName")).isEqualTo("Åre");
            assertThat(row.get("themes")).isEqualTo("Idéslussar, Dialog; plattform");
            assertThat(row.get("text")).isEqualTo("Fler mötesplatser; även \"på kvällen\"\nför unga");
            assertThat(row.get("recordedAt")).as("the region's time, to the second")
                                             .isEqualTo("2015-11-18T10:12:03+01:00");
            assertThat(row.get("amendedAt")).isEmpty();
            assertThat(row.get("contributorName")).as("neutralised like every cell").isEqualTo("'=Åsa Sjöström");
            assertThat(row.get("contributorEmail")).isEqualTo("asa.sjostrom@are.se");
            assertThat(row.get("contributorOrganisation")).isEmpty();
        }
    }
}
