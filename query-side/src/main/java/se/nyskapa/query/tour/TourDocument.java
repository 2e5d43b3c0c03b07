package se.nyskapa.query.tour;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tour as its progress page shows it. Its visits are copies of their {@link TourVisit} index entries, in visit id
 * order, replaced whole whenever the index entry is touched.
 */
@Document("tours")
class TourDocument implements ProjectionDocument {

    @Id
    String id;
    String name;
    LocalDate startDate;
    LocalDate endDate;
    List<VisitCopy> visits = new ArrayList<>();
    Map<String, Long> applied = new HashMap<>();

    TourDocument() {
    }

    TourDocument(String tourId) {
        this.id = tourId;
    }

    @Override
    public String id() {
        return id;
    }

    boolean planned() {
        return name != null;
    }

    static class VisitCopy {
        String visitId;
        String municipalityCode;
        LocalDate date;
        String venue;
        long recorded;
        long live;
        boolean concluded;

        static VisitCopy of(TourVisit visit) {
            VisitCopy copy = new VisitCopy();
            copy.visitId = visit.id;
            copy.municipalityCode = visit.municipalityCode;
            copy.date = visit.date;
            copy.venue = visit.venue;
            copy.recorded = visit.recorded;
            copy.live = visit.live;
            copy.concluded = visit.concluded;
            return copy;
        }
    }
}
