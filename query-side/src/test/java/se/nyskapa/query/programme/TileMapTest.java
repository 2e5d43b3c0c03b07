package se.nyskapa.query.programme;

import org.junit.jupiter.api.Test;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TileMapTest {

    @Test
    void placedTiles_comeInReadingOrder_northWestFirst_eachHeardOrNot() {
        Region region = new Region("SE-X", "Testregion", "sv", null, List.of(
                new Municipality("2", "Söderby", new Municipality.Tile(2, 1)),
                new Municipality("1", "Norrby", new Municipality.Tile(1, 2))), List.of());

        TileMap map = TileMap.of(region, draft(new ProgrammeSummaryView.Municipality("2", "Söderby")));

        assertThat(map.placed()).isTrue();
        assertThat(map.rows()).isEqualTo(2);
        assertThat(map.columns()).isEqualTo(2);
        assertThat(map.tiles()).extracting(TileMap.Tile::name).containsExactly("Norrby", "Söderby");
        assertThat(map.tiles()).extracting(TileMap.Tile::heard).containsExactly(false, true);
        assertThat(map.heardCount()).isEqualTo(1);
    }

    @Test
    void aRegionWithoutTiles_isAPlainGridInItsFilesOrder_andBeforeTheProgrammeExistedNothingIsHeard() {
        Region region = new Region("SE-X", "Testregion", "sv", null, List.of(
                new Municipality("2", "Söderby"), new Municipality("1", "Norrby")), List.of());

        TileMap map = TileMap.of(region, null);

        assertThat(map.placed()).isFalse();
        assertThat(map.tiles()).extracting(TileMap.Tile::name).containsExactly("Söderby", "Norrby");
        assertThat(map.heardCount()).isZero();
    }

    private static ProgrammeSummaryView draft(ProgrammeSummaryView.Municipality heard) {
        return new ProgrammeSummaryView("p", "Program", 2030, ProgrammeStatus.DRAFT, 0, null, null, null, false,
                                        List.of(), List.of(heard), List.of(), List.of());
    }
}
