package se.nyskapa.query.visit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A visit as its page shows it; its contributions are documents of their own, listed here in the order recorded. */
@Document("visits")
class VisitDocument implements ProjectionDocument {

    @Id
    String id;
    String municipalityCode;
    LocalDate date;
    String venue;
    List<String> hosts = new ArrayList<>();
    String tourId;
    boolean concluded;
    VisitSummary summary;
    Instant concludedAt;
    Map<Sector, Integer> attendance = new EnumMap<>(Sector.class);
    /** Its contributions in the order recorded, each a {@link VisitContribution}. */
    List<String> contributionIds = new ArrayList<>();
    long lastSequence = -1;

    @Override
    public String id() {
        return id;
    }
}
