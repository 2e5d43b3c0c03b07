package se.nyskapa.query.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.personal.SealedText;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One page of a kommun's needs in the order recorded; retracted ones stay, marked, so page numbers never shift. */
@Document("municipality_need_pages")
class NeedPage implements ProjectionDocument {

    @Id
    String id;
    List<Entry> entries = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    NeedPage() {
    }

    NeedPage(String id) {
        this.id = id;
    }

    static String id(String municipalityCode, int page) {
        return municipalityCode + "-" + page;
    }

    @Override
    public String id() {
        return id;
    }

    static class Entry {
        String contributionId;
        String visitId;
        /** {@code null} when the text is personal: it is kept sealed, and opened on each read. */
        String text;
        SealedText personalText;
        Sector sector;
        Instant recordedAt;
        Instant amendedAt;
        boolean retracted;
    }
}
