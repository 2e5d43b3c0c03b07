package se.nyskapa.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.programme.ProgrammeStatus;
import se.nyskapa.query.support.ProjectionDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every programme in one line, copied from the programme documents. */
@Document("programme_catalogue")
class ProgrammeCatalogue implements ProjectionDocument {

    static final String ID = "catalogue";

    @Id
    String id = ID;
    Map<String, Entry> programmes = new LinkedHashMap<>();

    @Override
    public String id() {
        return id;
    }

    static class Entry {
        String name;
        int horizonYear;
        ProgrammeStatus status;
        int publishedVersions;
    }
}
