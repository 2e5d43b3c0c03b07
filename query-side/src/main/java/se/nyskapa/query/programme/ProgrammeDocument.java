package se.nyskapa.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.programme.DraftPublished.PublishedFocusArea;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.query.support.ProjectionDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live programme draft: focus areas, the proposals placed in each with copies of their briefs, its versions. */
@Document("programmes")
class ProgrammeDocument implements ProjectionDocument {

    @Id
    String id;
    String name;
    int horizonYear;
    ProgrammeStatus status = ProgrammeStatus.DRAFT;
    Integer adoptedVersion;
    Map<String, FocusArea> focusAreas = new LinkedHashMap<>();
    Map<String, ProposalBrief> briefs = new HashMap<>();
    List<Version> versions = new ArrayList<>();
    /** The last published draft as its event gave it, to tell whether the live draft differs. */
    List<PublishedFocusArea> published = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    ProgrammeDocument() {
    }

    ProgrammeDocument(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    static class FocusArea {
        String name;
        List<String> proposals = new ArrayList<>();
    }

    static class Version {
        int version;
        String note;
        Instant publishedAt;
    }
}
