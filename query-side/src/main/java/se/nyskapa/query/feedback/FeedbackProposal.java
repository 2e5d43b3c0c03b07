package se.nyskapa.query.feedback;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the feedback projection keeps of a proposal: its title, status and evidence (guarded per proposal), and where
 * it is placed, copied from the {@link FeedbackProgramme}s whenever one of them is touched. Its evidence names the
 * kommuner whose {@link FeedbackMunicipality} holds its brief, so it routes the proposal's events. Read only by the
 * projection.
 */
@Document("feedback_proposals")
class FeedbackProposal implements ProjectionDocument {

    @Id
    String id;
    String title;
    ProposalStatus status;
    /** In the order cited. */
    List<Cited> evidence = new ArrayList<>();
    /** One per programme the proposal is placed in, in programme id order. */
    List<Placed> placements = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    FeedbackProposal() {
    }

    FeedbackProposal(String proposalId) {
        this.id = proposalId;
    }

    @Override
    public String id() {
        return id;
    }

    /** The kommuner whose contributions the proposal cites. */
    Set<String> municipalities() {
        Set<String> codes = new TreeSet<>();
        evidence.forEach(cited -> codes.add(cited.municipalityCode));
        return codes;
    }

    boolean cites(String contributionId) {
        return evidence.stream().anyMatch(cited -> cited.contributionId.equals(contributionId));
    }

    Optional<Placed> placementIn(String programmeId) {
        return placements.stream().filter(placed -> placed.programmeId.equals(programmeId)).findFirst();
    }

    static class Cited {
        String contributionId;
        String municipalityCode;

        Cited() {
        }

        Cited(String contributionId, String municipalityCode) {
            this.contributionId = contributionId;
            this.municipalityCode = municipalityCode;
        }
    }

    static class Placed {
        String programmeId;
        String focusAreaId;

        Placed() {
        }

        Placed(String programmeId, String focusAreaId) {
            this.programmeId = programmeId;
            this.focusAreaId = focusAreaId;
        }
    }
}
