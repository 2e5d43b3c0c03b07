package se.nyskapa.region;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        assertThat(region.municipality("2321")).contains(new Municipality("2321", "Åre", new Municipality.Tile(2, 1)));
        assertThat(region.municipality("2380")).map(Municipality::name).contains("Östersund");
        assertThat(region.municipality("0180")).isEmpty();
    }

    @Test
    void jamtlandHarjedalen_placesEveryKommunOnATileOfItsOwn() throws IOException {
        Region region = read();

        assertThat(region.municipalities()).extracting(Municipality::tile).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(region.municipality("2313").orElseThrow().tile()).as("Strömsund, in the north-east")
                                                                    .isEqualTo(new Municipality.Tile(1, 3));
    }

    @Test
    void aKommunWithoutATile_isReadWithoutOne() throws IOException {
        Region region = Region.read(new ByteArrayInputStream("""
                {"code": "SE-X", "name": "Testregion", "language": "sv",
                 "municipalities": [{"code": "0001", "name": "Ettby"}]}
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(region.municipalities()).containsExactly(new Municipality("0001", "Ettby"));
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
