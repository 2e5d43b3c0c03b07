package se.nyskapa.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A visit's contributions that proposals cite, and which proposals: a retraction takes them out of the counts. */
@Document("programme_citations")
class CitedContributions implements ProjectionDocument {

    @Id
    String id;
    Map<String, Set<String>> citedBy = new HashMap<>();
    Map<String, Long> applied = new HashMap<>();

    CitedContributions() {
    }

    CitedContributions(String visitId) {
        this.id = visitId;
    }

    @Override
    public String id() {
        return id;
    }
}
