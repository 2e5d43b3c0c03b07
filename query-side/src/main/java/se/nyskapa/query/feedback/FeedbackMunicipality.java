package se.nyskapa.query.feedback;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.query.support.ProjectionDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Återkoppling to one kommun: its visits' dates and the ids of its live contributions (guarded per source visit; each
 * contribution is a {@link FeedbackContribution} of its own), and a brief of
 * every proposal citing any of its contributions. The briefs are copies, in proposal id order, each replaced whole
 * from its {@link FeedbackProposal} and the {@link FeedbackProgramme}s it is placed in whenever one of those is
 * touched.
 */
@Document("feedback_municipalities")
class FeedbackMunicipality implements ProjectionDocument {

    @Id
    String id;
    List<VisitDate> visits = new ArrayList<>();
    /** Ids of the live contributions in the order recorded; a retracted one is taken out. */
    List<String> heard = new ArrayList<>();
    List<Brief> proposals = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    FeedbackMunicipality() {
    }

    FeedbackMunicipality(String code) {
        this.id = code;
    }

    @Override
    public String id() {
        return id;
    }

    static class VisitDate {
        String visitId;
        LocalDate date;
    }

    /** A proposal as the kommun sees it: what it is, which of the kommun's contributions it cites, where it sits. */
    static class Brief {
        String proposalId;
        String title;
        ProposalStatus status;
        List<String> cited = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
    }

    static class Placement {
        String programmeId;
        String programmeName;
        ProgrammeStatus programmeStatus;
        String focusAreaId;
        String focusAreaName;
    }
}
