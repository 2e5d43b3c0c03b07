package se.nyskapa.query.programme;

import org.junit.jupiter.api.Test;
import se.nyskapa.region.Region;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTimesTest {

    private final RegionTimes times = new RegionTimes(region());

    @Test
    void anInstantIsTakenAsItIs_andTheRegionsLocalTimeStandsForTheEndOfItsMinuteOrSecond() {
        assertThat(times.parse("2015-11-20T12:00:00.123456Z")).contains(Instant.parse("2015-11-20T12:00:00.123456Z"));
        assertThat(times.parse("2015-11-20T13:00:00+01:00")).contains(Instant.parse("2015-11-20T12:00:00Z"));
        assertThat(times.parse("2015-11-20T13:00")).contains(Instant.parse("2015-11-20T12:00:59.999999999Z"));
        assertThat(times.parse("2015-11-20T13:00:05")).contains(Instant.parse("2015-11-20T12:00:05.999999999Z"));
        assertThat(times.parse(" ")).isEmpty();
        assertThatThrownBy(() -> times.parse("i går")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instantsAreShownInTheRegionsTimeAndThePagesLanguage() {
        Instant instant = Instant.parse("2015-11-20T12:00:00Z");

        assertThat(times.local(instant)).isEqualTo("2015-11-20T13:00:00");
        assertThat(times.dateTime(instant, Locale.forLanguageTag("sv"))).contains("nov.", "2015", "13:00:00");
        assertThat(times.dateTime(instant, Locale.forLanguageTag("en"))).contains("Nov", "2015");
        assertThat(times.dateTime(null, Locale.forLanguageTag("sv"))).isEmpty();
    }

    private static Region region() {
        try {
            return Region.read(RegionTimesTest.class.getResourceAsStream("/regions/jamtland-harjedalen.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
