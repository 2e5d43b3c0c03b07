package se.nyskapa.query.programme;

import org.springframework.stereotype.Component;
import se.nyskapa.region.Region;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Instants as the region's people read them: in the region's time zone and the page's language. Pages and PDFs call
 * it as {@code @regionTimes}; the date-time picker speaks the region's local time too.
 */
@Component("regionTimes")
public class RegionTimes {

    private final Region region;

    RegionTimes(Region region) {
        this.region = region;
    }

    /** E.g. "3 dec. 2026 11:12:13" in Swedish. */
    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                                                       .withLocale(locale).withZone(region.zone()).format(instant);
    }

    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The value of a {@code datetime-local} field: the region's wall-clock time, to the second. */
    public String local(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, region.zone()).truncatedTo(ChronoUnit.SECONDS)
                                                   .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /**
     * An instant as a page is given it: exact ({@code 2015-11-20T12:00:00Z}, or with an offset), or from the
     * date-time picker as the region's local time ({@code 2015-11-20T13:00} or with seconds). A local minute stands
     * for its end, so that what happened during it is included.
     */
    public Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException notAnInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeException noOffset) {
                try {
                    LocalDateTime local = LocalDateTime.parse(text);
                    LocalDateTime end = text.length() <= "2015-11-20T12:00".length()
                            ? local.plusMinutes(1).minusNanos(1) : local.plusSeconds(1).minusNanos(1);
                    return Optional.of(end.atZone(region.zone()).toInstant());
                } catch (DateTimeException notLocal) {
                    throw new IllegalArgumentException("not a time: " + value, notLocal);
                }
            }
        }
    }
}
