package se.nyskapa.tour;

import java.time.LocalDate;
import java.util.List;

public record TourList(List<Entry> tours) {

    public record Entry(String tourId, String name, LocalDate startDate, LocalDate endDate, int visitCount) {
    }
}
