package se.nyskapa.query.proposal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.personal.SealedText;
import se.nyskapa.proposal.Stance;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A contribution as proposals know it: its content, which proposals cite it and which proposal a feedback
 * contribution speaks to, so that an amendment or a retraction reaches every proposal concerned. One document per
 * contribution: recording one writes only itself, not its visit's others.
 */
@Document("proposal_sources")
class ProposalSource implements ProjectionDocument {

    @Id
    String id;
    ContributionKind kind;
    Sector sector;
    /** {@code null} when the text is personal: it is kept sealed, and opened on each read. */
    String text;
    SealedText personalText;
    boolean retracted;
    Set<String> citedBy = new LinkedHashSet<>();
    String feedbackFor;
    Stance stance;
    boolean recorded;
    Map<String, Long> applied = new HashMap<>();

    ProposalSource() {
    }

    ProposalSource(String contributionId) {
        this.id = contributionId;
    }

    @Override
    public String id() {
        return id;
    }
}
