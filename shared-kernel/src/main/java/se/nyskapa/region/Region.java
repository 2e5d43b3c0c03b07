package se.nyskapa.region;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A region and its kommuner. Regions are data, read from a file, so another region is a new file, not new code.
 *
 * @param code     the region's own code, e.g. {@code SE-Z}
 * @param language the language its people write in: {@code sv} or {@code nb}; decides text analysis
 * @param timeZone where "today" is for its visits, e.g. {@code Europe/Stockholm}
 * @param themes   the themes its taxonomy starts with
 */
public record Region(String code, String name, String language, String timeZone, List<Municipality> municipalities,
                     List<SeedTheme> themes) {

    public Region {
        municipalities = List.copyOf(municipalities);
        themes = themes == null ? List.of() : List.copyOf(themes);
        timeZone = timeZone == null ? "Europe/Stockholm" : timeZone;
    }

    public static Region read(InputStream json) throws IOException {
        try (json) {
            return JsonMapper.builder().build().readValue(json, Region.class);
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Each kommun's name by its code. */
    public Map<String, String> municipalityNames() {
        return municipalities.stream().collect(Collectors.toMap(Municipality::code, Municipality::name));
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
