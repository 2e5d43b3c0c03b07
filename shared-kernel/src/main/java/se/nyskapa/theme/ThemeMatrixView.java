package se.nyskapa.theme;

import se.nyskapa.visit.ContributionKind;

import java.util.List;
import java.util.Map;

/**
 * Live contributions per theme and kommun, by kind. A contribution counts once under a theme however many of the
 * themes merged into it it was tagged with. Merged themes have no row: theirs is the row of the theme they went into.
 */
public record ThemeMatrixView(List<Column> municipalities, List<Row> themes) {

    public record Column(String code, String name) {
    }

    public record Row(String themeId, String name, ThemeStatus status, long total,
                      Map<String, Map<ContributionKind, Long>> cells) {
    }
}
