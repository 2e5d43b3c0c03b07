package se.nyskapa.query.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kommun's profile: counts, visits, and where its needs are. Needs themselves live in {@link NeedPage}s of
 * {@value MunicipalityProjection#PAGE_SIZE} in the order recorded; {@link #liveNeedsPerPage} says how many of each
 * page are not retracted, so that a page of the newest needs is found without reading the others.
 */
@Document("municipality_profiles")
class MunicipalityProfile implements ProjectionDocument {

    @Id
    String id;
    Map<String, VisitEntry> visits = new LinkedHashMap<>();
    Map<ContributionKind, Long> byKind = new EnumMap<>(ContributionKind.class);
    Map<Sector, Long> bySector = new EnumMap<>(Sector.class);
    long needsRecorded;
    List<Integer> liveNeedsPerPage = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    MunicipalityProfile() {
    }

    MunicipalityProfile(String code) {
        this.id = code;
    }

    @Override
    public String id() {
        return id;
    }

    static class VisitEntry {
        String visitId;
        LocalDate date;
        String venue;
        boolean concluded;
        long recorded;
        long live;
        Map<Sector, Integer> attendance = new EnumMap<>(Sector.class);
    }
}
