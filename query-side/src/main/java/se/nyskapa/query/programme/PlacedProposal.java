package se.nyskapa.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A proposal as programmes need it: its brief, its live evidence by kommun, the programmes placing it. */
@Document("programme_proposals")
class PlacedProposal implements ProjectionDocument {

    @Id
    String id;
    ProposalBrief brief = new ProposalBrief();
    Map<String, String> evidence = new HashMap<>();
    Set<String> placedIn = new LinkedHashSet<>();
    Map<String, Long> applied = new HashMap<>();

    PlacedProposal() {
    }

    PlacedProposal(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
