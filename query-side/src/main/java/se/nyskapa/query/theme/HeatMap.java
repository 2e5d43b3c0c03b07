package se.nyskapa.query.theme;

import se.nyskapa.theme.ThemeMatrixView;
import se.nyskapa.theme.ThemeStatus;

import java.util.List;
import java.util.Map;

/**
 * The theme × kommun matrix as the analysis page draws it: each cell's count of live contributions and its level of
 * intensity, from 0 (none) to {@link #LEVELS}. The levels are relative to the fullest cell, so the page shows where
 * the region's talk gathers however much has been heard; the count itself is always written out as well.
 */
record HeatMap(List<Column> municipalities, List<Row> rows, long fullest) {

    static final int LEVELS = 4;

    record Column(String code, String name) {
    }

    record Row(String themeId, String name, ThemeStatus status, long total, List<Cell> cells) {
    }

    record Cell(String municipalityCode, String municipalityName, long count, int level) {
    }

    static HeatMap of(ThemeMatrixView matrix) {
        long fullest = matrix.themes().stream()
                             .flatMap(row -> row.cells().values().stream())
                             .mapToLong(HeatMap::sum).max().orElse(0);
        List<Column> columns = matrix.municipalities().stream().map(m -> new Column(m.code(), m.name())).toList();
        List<Row> rows = matrix.themes().stream().map(row -> new Row(
                row.themeId(), row.name(), row.status(), row.total(),
                columns.stream().map(column -> {
                    long count = sum(row.cells().getOrDefault(column.code(), Map.of()));
                    return new Cell(column.code(), column.name(), count, level(count, fullest));
                }).toList())).toList();
        return new HeatMap(columns, rows, fullest);
    }

    /** 0 for an empty cell; otherwise 1 to {@link #LEVELS}, the fullest cell at the top. */
    static int level(long count, long fullest) {
        if (count <= 0 || fullest <= 0) {
            return 0;
        }
        return (int) Math.min(LEVELS, 1 + (count - 1) * LEVELS / fullest);
    }

    private static long sum(Map<?, Long> byKind) {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
