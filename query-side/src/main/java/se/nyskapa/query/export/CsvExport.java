package se.nyskapa.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * Contributions as CSV the way Swedish Excel opens it: UTF-8 with a byte order mark (without one Excel reads å, ä
 * and ö as two letters each), fields separated by semicolons (a comma is the decimal sign), rows ended by CRLF, every
 * field quoted. The header row has stable English column names, the same in every language of the page, so scripts
 * and spreadsheets built on an export keep working; kind and sector are codes ({@code NEED}, {@code CITIZEN}), as in
 * the API. Times are the region's local time with its offset. The contributor's details come last, empty when no one
 * was named, {@code [raderad]} once the person was erased.
 * <p>
 * A field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken by a
 * spreadsheet as a formula: it gets a leading apostrophe, as OWASP recommends against CSV injection.
 */
final class CsvExport implements AutoCloseable {

    static final String[] COLUMNS = {"contributionId", "municipalityCode", "municipalityName", "visitId",
            "visitDate", "kind", "sector", "themes", "text", "recordedAt", "amendedAt", "contributorName",
            "contributorEmail", "contributorOrganisation"};
    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.Builder.create()
                                                             .setDelimiter(';')
                                                             .setQuote('"')
                                                             .setQuoteMode(QuoteMode.ALL)
                                                             .setRecordSeparator("\r\n")
                                                             .setHeader(COLUMNS)
                                                             .get();

    private final Writer writer;
    private final CSVPrinter printer;
    private final DateTimeFormatter times;

    CsvExport(OutputStream out, ZoneId zone) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, FORMAT);
        this.times = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    }

    void write(ExportedContribution c) throws IOException {
        printer.printRecord(safe(c.contributionId()), safe(c.municipalityCode()), safe(c.municipalityName()),
                            safe(c.visitId()), c.visitDate() == null ? "" : c.visitDate().toString(), c.kind().name(),
                            c.sector().name(),
                            safe(c.themes().stream().map(ExportedContribution.Theme::name)
                                  .collect(Collectors.joining(", "))),
                            safe(c.text()), time(c.recordedAt()), time(c.amendedAt()),
                            safe(c.contributor() == null ? null : c.contributor().name()),
                            safe(c.contributor() == null ? null : c.contributor().email()),
                            safe(c.contributor() == null ? null : c.contributor().organisation()));
    }

    void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** OWASP's defence against formula injection: a field a spreadsheet would evaluate is made plain text. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    private String time(Instant instant) {
        return instant == null ? "" : times.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
