package se.nyskapa.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A visit's contributions that proposals cite (sorted, so that a rebuild stores them in the same order), and which proposals, and those retracted: a retraction takes them out
 * of the counts, also when a split or a merge carries them on to another proposal.
 */
@Document("programme_citations")
class CitedContributions implements ProjectionDocument {

    @Id
    String id;
    Map<String, SortedSet<String>> citedBy = new TreeMap<>();
    SortedSet<String> retracted = new TreeSet<>();
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
