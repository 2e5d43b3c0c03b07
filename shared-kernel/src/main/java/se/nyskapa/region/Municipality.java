package se.nyskapa.region;

/**
 * A kommun, identified by its official code (SCB's in Sweden, SSB's in Norway).
 *
 * @param tile where the kommun sits on the region's schematic tile map; {@code null} when the region's file gives no
 *             map, and the pages lay its kommuner out in a plain grid instead
 */
public record Municipality(String code, String name, Tile tile) {

    public Municipality(String code, String name) {
        this(code, name, null);
    }

    /**
     * A square on a schematic map of the region: kommuner placed roughly where they lie, one tile each, so that
     * neighbours stay neighbours without drawing real borders.
     *
     * @param row    from 1, north first
     * @param column from 1, west first
     */
    public record Tile(int row, int column) {

        public Tile {
            if (row < 1 || column < 1) {
                throw new IllegalArgumentException("a tile's row and column count from 1");
            }
        }
    }
}
