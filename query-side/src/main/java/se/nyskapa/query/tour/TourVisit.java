package se.nyskapa.query.tour;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The tour projection's index of every scheduled visit, in a tour or not: what tour progress shows of it and which
 * tour holds it. A visit that joins a tour late brings its counts along; a visit that moves is removed from the tour
 * it leaves. Read only by the projection, never by a query.
 */
@Document("tour_visits")
class TourVisit implements ProjectionDocument {

    @Id
    String id;
    String tourId;
    String municipalityCode;
    LocalDate date;
    String venue;
    long recorded;
    long live;
    boolean concluded;
    Map<String, Long> applied = new HashMap<>();

    TourVisit() {
    }

    TourVisit(String visitId, String municipalityCode) {
        this.id = visitId;
        this.municipalityCode = municipalityCode;
    }

    @Override
    public String id() {
        return id;
    }
}
