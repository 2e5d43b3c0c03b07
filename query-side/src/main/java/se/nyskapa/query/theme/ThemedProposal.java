package se.nyskapa.query.theme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.query.support.ProjectionDocument;

/** Which theme a proposal is filed under, so that a revision or decision finds the theme that lists it. */
@Document("theme_proposals")
class ThemedProposal implements ProjectionDocument {

    @Id
    String id;
    String themeId;
    String title;
    ProposalStatus status;
    long lastSequence = -1;

    ThemedProposal() {
    }

    ThemedProposal(String proposalId) {
        this.id = proposalId;
    }

    @Override
    public String id() {
        return id;
    }
}
