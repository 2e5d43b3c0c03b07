package se.nyskapa.query.programme;

import se.nyskapa.programme.ProgrammeSummaryView;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The region's kommuner as a schematic map of tiles, each heard in the draft or not. Placed where the region's file
 * puts them; a region whose file gives no tiles gets a plain grid, in the file's order.
 *
 * @param placed whether the tiles carry positions (rows and columns from 1) or flow as a grid
 */
record TileMap(boolean placed, int rows, int columns, List<Tile> tiles) {

    record Tile(String code, String name, boolean heard, int row, int column) {
    }

    static TileMap of(Region region, ProgrammeSummaryView draft) {
        Set<String> heard = draft == null ? Set.of()
                : draft.municipalitiesCovered().stream().map(ProgrammeSummaryView.Municipality::code)
                       .collect(Collectors.toSet());
        List<Municipality> kommuner = region.municipalities();
        boolean placed = kommuner.stream().allMatch(m -> m.tile() != null);
        List<Tile> tiles = kommuner.stream()
                .map(m -> new Tile(m.code(), m.name(), heard.contains(m.code()), placed ? m.tile().row() : 0,
                                   placed ? m.tile().column() : 0))
                .sorted(placed ? Comparator.comparingInt(Tile::row).thenComparingInt(Tile::column)
                               : Comparator.comparingInt(t -> 0))
                .toList();
        return new TileMap(placed, tiles.stream().mapToInt(Tile::row).max().orElse(0),
                           tiles.stream().mapToInt(Tile::column).max().orElse(0), tiles);
    }

    public long heardCount() {
        return tiles.stream().filter(Tile::heard).count();
    }
}
