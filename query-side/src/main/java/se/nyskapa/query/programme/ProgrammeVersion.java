package se.nyskapa.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A published draft as it stood when published, its proposals' briefs frozen then. */
@Document("programme_versions")
class ProgrammeVersion implements ProjectionDocument {

    @Id
    String id;
    String programmeId;
    String name;
    int horizonYear;
    int version;
    String note;
    Instant publishedAt;
    List<FocusArea> focusAreas = new ArrayList<>();

    static String id(String programmeId, int version) {
        return programmeId + "/v" + version;
    }

    @Override
    public String id() {
        return id;
    }

    static class FocusArea {
        String focusAreaId;
        String name;
        List<String> proposals = new ArrayList<>();
        List<ProposalBrief> briefs = new ArrayList<>();
    }
}
