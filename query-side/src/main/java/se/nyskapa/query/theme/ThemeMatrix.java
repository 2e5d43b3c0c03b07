package se.nyskapa.query.theme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.theme.ThemeStatus;
import se.nyskapa.visit.ContributionKind;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme × kommun matrix in one document, so that it is one read. Each row is a copy of its theme's counts,
 * replaced whole whenever the theme changes: a redelivered batch writes the same copy again.
 */
@Document("theme_matrix")
class ThemeMatrix implements ProjectionDocument {

    static final String ID = "matrix";

    @Id
    String id = ID;
    Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public String id() {
        return id;
    }

    static class Row {
        String name;
        ThemeStatus status;
        String mergedInto;
        long total;
        Map<String, Map<ContributionKind, Long>> cells = new LinkedHashMap<>();
    }
}
