package se.nyskapa.query.proposal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.proposal.Stance;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A visit's contributions as proposals know them: their content, which proposals cite them and which proposal a
 * feedback contribution speaks to, so that an amendment or a retraction reaches every proposal concerned.
 */
@Document("proposal_sources")
class ProposalSources implements ProjectionDocument {

    @Id
    String id;
    String municipalityCode;
    Map<String, Source> contributions = new HashMap<>();
    Map<String, Long> applied = new HashMap<>();

    ProposalSources() {
    }

    ProposalSources(String visitId) {
        this.id = visitId;
    }

    @Override
    public String id() {
        return id;
    }

    static class Source {
        ContributionKind kind;
        Sector sector;
        String text;
        boolean retracted;
        Set<String> citedBy = new LinkedHashSet<>();
        String feedbackFor;
        Stance stance;
    }
}
