package se.nyskapa.query.tour;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every planned tour, one entry each in start date order: a copy of its {@link TourDocument}'s name, dates and visit
 * count, replaced whole whenever that document is touched. One document, so that the list is one read by id.
 */
@Document("tour_catalogue")
class TourCatalogue implements ProjectionDocument {

    static final String ID = "tours";

    @Id
    String id = ID;
    List<Entry> tours = new ArrayList<>();

    @Override
    public String id() {
        return id;
    }

    static class Entry {
        String tourId;
        String name;
        LocalDate startDate;
        LocalDate endDate;
        int visitCount;
    }
}
