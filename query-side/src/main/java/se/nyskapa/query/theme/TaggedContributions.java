package se.nyskapa.query.theme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A visit's contributions with their tags as tagged, so a re-tag knows which themes it leaves. */
@Document("theme_contributions")
class TaggedContributions implements ProjectionDocument {

    @Id
    String id;
    String municipalityCode;
    Map<String, Entry> contributions = new HashMap<>();
    long lastSequence = -1;

    TaggedContributions() {
    }

    TaggedContributions(String visitId) {
        this.id = visitId;
    }

    @Override
    public String id() {
        return id;
    }

    static class Entry {
        ContributionKind kind;
        Sector sector;
        String text;
        Instant recordedAt;
        List<String> themeIds = new ArrayList<>();
        boolean retracted;
    }
}
