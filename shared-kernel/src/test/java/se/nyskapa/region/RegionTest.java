package se.nyskapa.region;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTest {

    @Test
    void jamtlandHarjedalen_hasItsEightKommuner() throws IOException {
        Region region = read();

        assertThat(region.code()).isEqualTo("SE-Z");
        assertThat(region.name()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(region.language()).isEqualTo("sv");
        assertThat(region.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(region.municipalities()).extracting(Municipality::code)
                                           .containsExactly("2303", "2305", "2309", "2313", "2321", "2326",
                                                            "2361", "2380");
        assertThat(region.municipalities()).extracting(Municipality::name)
                                           .containsExactly("Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre",
                                                            "Berg", "Härjedalen", "Östersund");
        assertThat(region.municipality("2321")).contains(new Municipality("2321", "Åre"));
        assertThat(region.municipality("2380")).contains(new Municipality("2380", "Östersund"));
        assertThat(region.municipality("0180")).isEmpty();
    }

    @Test
    void jamtlandHarjedalen_seedsItsSixThemes_eachWithItsOwnId() throws IOException {
        Region region = read();

        assertThat(region.themes()).extracting(SeedTheme::name)
                                   .containsExactly("Kreativ byråkrati", "Design för samhällsutveckling",
                                                    "Dialogplattform", "Organisationskultur för innovation",
                                                    "Samskapande med hälso- och sjukvården", "Idéslussar");
        assertThat(region.themes()).extracting(SeedTheme::themeId)
                                   .doesNotHaveDuplicates()
                                   .allSatisfy(themeId -> assertThat(themeId).isNotBlank());
    }

    private Region read() throws IOException {
        return Region.read(getClass().getResourceAsStream("/regions/jamtland-harjedalen.json"));
    }
}
