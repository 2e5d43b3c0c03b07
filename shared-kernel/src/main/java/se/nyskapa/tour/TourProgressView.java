package se.nyskapa.tour;

import se.nyskapa.visit.VisitStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * How far a tour has come: per kommun of the region, its visits planned, held and concluded. Every kommun is listed,
 * also the ones the tour has not planned a visit to yet.
 */
public record TourProgressView(String tourId, String name, LocalDate startDate, LocalDate endDate, Counts total,
                               List<MunicipalityProgress> municipalities) {

    public record Counts(int planned, int held, int concluded) {
    }

    public record MunicipalityProgress(String code, String name, Counts counts, List<Visit> visits) {
    }

    public record Visit(String visitId, LocalDate date, String venue, VisitStatus status, long contributionCount) {
    }
}
