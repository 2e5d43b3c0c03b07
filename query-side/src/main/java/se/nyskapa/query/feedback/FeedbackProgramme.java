package se.nyskapa.query.feedback;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the feedback projection keeps of a programme (guarded per programme): its name, status, focus areas and which
 * proposal is placed in which. It routes the programme's events to the proposals placed in it. Read only by the
 * projection.
 */
@Document("feedback_programmes")
class FeedbackProgramme implements ProjectionDocument {

    @Id
    String id;
    String name;
    ProgrammeStatus status = ProgrammeStatus.DRAFT;
    /** In the order added. */
    List<FocusArea> focusAreas = new ArrayList<>();
    /** In the order placed. */
    List<Placement> placements = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    FeedbackProgramme() {
    }

    FeedbackProgramme(String programmeId) {
        this.id = programmeId;
    }

    @Override
    public String id() {
        return id;
    }

    Optional<FocusArea> focusArea(String focusAreaId) {
        return focusAreas.stream().filter(area -> area.focusAreaId.equals(focusAreaId)).findFirst();
    }

    Optional<String> focusAreaOf(String proposalId) {
        return placements.stream().filter(p -> p.proposalId.equals(proposalId)).map(p -> p.focusAreaId).findFirst();
    }

    static class FocusArea {
        String focusAreaId;
        String name;
    }

    static class Placement {
        String proposalId;
        String focusAreaId;
    }
}
