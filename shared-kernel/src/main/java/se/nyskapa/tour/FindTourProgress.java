package se.nyskapa.tour;

public record FindTourProgress(String tourId) {
}
