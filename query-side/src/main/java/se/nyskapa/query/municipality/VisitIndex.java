package se.nyskapa.query.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.util.HashMap;
import java.util.Map;

/**
 * What the municipality projection must remember of each contribution of a visit to handle later events about it
 * (its kind and sector for the counts, the need page it sits on). Read only by the projection, never by a query.
 */
@Document("municipality_visit_index")
class VisitIndex implements ProjectionDocument {

    @Id
    String id;
    Map<String, Indexed> contributions = new HashMap<>();
    long lastSequence = -1;

    VisitIndex() {
    }

    VisitIndex(String visitId) {
        this.id = visitId;
    }

    @Override
    public String id() {
        return id;
    }

    static class Indexed {
        ContributionKind kind;
        Sector sector;
        Integer needPage;
        boolean retracted;
    }
}
