package se.nyskapa.query.tour;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.query.support.Applied;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.query.support.OneSequence;
import se.nyskapa.query.visit.VisitStatuses;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.tour.FindTourProgress;
import se.nyskapa.tour.ListTours;
import se.nyskapa.tour.TourList;
import se.nyskapa.tour.TourPlanned;
import se.nyskapa.tour.TourProgressView;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Tour progress. It combines the events of tours and of visits, so all of them are handled in global order by one
 * segment, and no two segments ever write the same document.
 * <p>
 * Every scheduled visit has a {@link TourVisit} index entry (guarded per visit) holding what progress shows of it,
 * whether or not it is in a tour yet. Whenever an entry is touched, it is copied whole into its tour's
 * {@link TourDocument}, and the tour's summary whole into the {@link TourCatalogue}: copies, never increments, so a
 * batch delivered again leaves them as they were, and one flushed only in part is healed. The index entries route
 * the events, so they are written last.
 */
@Component
@ProcessingGroup(TourProjection.PROCESSING_GROUP)
class TourProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "tours";

    private final DocumentStore documents;
    private final Region region;
    private final Clock clock;

    TourProjection(DocumentStore documents, Region region, Clock clock) {
        super(documents, PROCESSING_GROUP, TourCatalogue.class, TourDocument.class, TourVisit.class);
        batch.readAhead(TourVisit.class, VisitEvent.class, VisitEvent::visitId);
        this.documents = documents;
        this.region = region;
        this.clock = clock;
    }

    @Override
    public SequencingPolicy<? super EventMessage<?>> sequencingPolicy() {
        return new OneSequence(PROCESSING_GROUP);
    }

    @EventHandler
    void on(TourPlanned event, @SequenceNumber long sequence) {
        TourDocument tour = tour(event.tourId());
        if (Applied.firstTime(tour.applied, source(event.tourId()), sequence)) {
            tour.name = event.name();
            tour.startDate = event.startDate();
            tour.endDate = event.endDate();
        }
        touched(tour);
    }

    @EventHandler
    void on(VisitScheduled event, @SequenceNumber long sequence) {
        updateVisit(event, sequence, visit -> {
            visit.date = event.date();
            visit.venue = event.venue();
        });
    }

    @EventHandler
    void on(VisitJoinedTour event, @SequenceNumber long sequence) {
        updateVisit(event, sequence, visit -> {
            visit.tourId = event.tourId();
            visit.date = event.date();
            visit.venue = event.venue();
        });
    }

    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        updateVisit(event, sequence, visit -> {
            visit.recorded++;
            visit.live++;
        });
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        updateVisit(event, sequence, visit -> visit.live = Math.max(0, visit.live - 1));
    }

    @EventHandler
    void on(VisitConcluded event, @SequenceNumber long sequence) {
        updateVisit(event, sequence, visit -> visit.concluded = true);
    }

    @EventHandler
    void on(VisitReopened event, @SequenceNumber long sequence) {
        updateVisit(event, sequence, visit -> visit.concluded = false);
    }

    @QueryHandler
    Optional<TourProgressView> handle(FindTourProgress query) {
        if (query.tourId() == null) {
            return Optional.empty();
        }
        return documents.read(query.tourId(), TourDocument.class)
                        .filter(TourDocument::planned)
                        .map(this::view);
    }

    @QueryHandler
    TourList handle(ListTours query) {
        TourCatalogue catalogue = documents.read(TourCatalogue.ID, TourCatalogue.class)
                                           .orElseGet(TourCatalogue::new);
        return new TourList(catalogue.tours.stream()
                                           .map(t -> new TourList.Entry(t.tourId, t.name, t.startDate, t.endDate,
                                                                        t.visitCount))
                                           .toList());
    }

    /**
     * Applies the event to the visit's index entry once, then copies the entry as it now stands into its tour, and
     * takes it out of the tour it has just left.
     */
    private void updateVisit(VisitEvent event, long sequence, Consumer<TourVisit> change) {
        TourVisit visit = batch.find(TourVisit.class, event.visitId())
                               .orElseGet(() -> new TourVisit(event.visitId(), event.municipalityCode()));
        String before = visit.tourId;
        if (Applied.firstTime(visit.applied, source(event.visitId()), sequence)) {
            change.accept(visit);
            batch.save(visit);
        }
        if (before != null && !before.equals(visit.tourId)) {
            batch.find(TourDocument.class, before).ifPresent(left -> {
                left.visits.removeIf(copy -> copy.visitId.equals(visit.id));
                touched(left);
            });
        }
        if (visit.tourId != null) {
            TourDocument tour = tour(visit.tourId);
            tour.visits.removeIf(copy -> copy.visitId.equals(visit.id));
            tour.visits.add(TourDocument.VisitCopy.of(visit));
            tour.visits.sort(Comparator.comparing(copy -> copy.visitId));
            touched(tour);
        }
    }

    /** Saves the tour and copies its summary into the catalogue. */
    private void touched(TourDocument tour) {
        batch.save(tour);
        TourCatalogue catalogue = batch.find(TourCatalogue.class, TourCatalogue.ID).orElseGet(TourCatalogue::new);
        catalogue.tours.removeIf(entry -> entry.tourId.equals(tour.id));
        if (tour.planned()) {
            TourCatalogue.Entry entry = new TourCatalogue.Entry();
            entry.tourId = tour.id;
            entry.name = tour.name;
            entry.startDate = tour.startDate;
            entry.endDate = tour.endDate;
            entry.visitCount = tour.visits.size();
            catalogue.tours.add(entry);
            catalogue.tours.sort(Comparator.comparing((TourCatalogue.Entry e) -> e.startDate)
                                           .thenComparing(e -> e.tourId));
        }
        batch.save(catalogue);
    }

    private TourDocument tour(String tourId) {
        return batch.find(TourDocument.class, tourId).orElseGet(() -> new TourDocument(tourId));
    }

    private TourProgressView view(TourDocument tour) {
        LocalDate today = LocalDate.now(clock.withZone(region.zone()));
        Map<String, List<TourDocument.VisitCopy>> byKommun = new LinkedHashMap<>();
        region.municipalities().forEach(m -> byKommun.put(m.code(), new ArrayList<>()));
        Map<String, List<TourDocument.VisitCopy>> elsewhere = new TreeMap<>();
        for (TourDocument.VisitCopy visit : tour.visits) {
            List<TourDocument.VisitCopy> visits = byKommun.get(visit.municipalityCode);
            if (visits == null) {
                visits = elsewhere.computeIfAbsent(visit.municipalityCode, code -> new ArrayList<>());
            }
            visits.add(visit);
        }
        byKommun.putAll(elsewhere);

        List<TourProgressView.MunicipalityProgress> municipalities = new ArrayList<>();
        int planned = 0;
        int held = 0;
        int concluded = 0;
        for (Map.Entry<String, List<TourDocument.VisitCopy>> kommun : byKommun.entrySet()) {
            List<TourProgressView.Visit> visits = kommun.getValue().stream()
                    .sorted(Comparator.comparing((TourDocument.VisitCopy v) -> v.date,
                                                 Comparator.nullsLast(Comparator.naturalOrder()))
                                      .thenComparing(v -> v.visitId))
                    .map(v -> new TourProgressView.Visit(v.visitId, v.date, v.venue, status(v, today), v.live))
                    .toList();
            TourProgressView.Counts counts = counts(visits);
            planned += counts.planned();
            held += counts.held();
            concluded += counts.concluded();
            String name = region.municipality(kommun.getKey()).map(Municipality::name).orElse(kommun.getKey());
            municipalities.add(new TourProgressView.MunicipalityProgress(kommun.getKey(), name, counts, visits));
        }
        return new TourProgressView(tour.id, tour.name, tour.startDate, tour.endDate,
                                    new TourProgressView.Counts(planned, held, concluded), municipalities);
    }

    private static VisitStatus status(TourDocument.VisitCopy visit, LocalDate today) {
        if (visit.date == null) {
            return visit.concluded ? VisitStatus.CONCLUDED
                    : visit.recorded > 0 ? VisitStatus.HELD : VisitStatus.PLANNED;
        }
        return VisitStatuses.of(visit.concluded, visit.recorded > 0, visit.date, today);
    }

    private static TourProgressView.Counts counts(List<TourProgressView.Visit> visits) {
        int planned = 0;
        int held = 0;
        int concluded = 0;
        for (TourProgressView.Visit visit : visits) {
            switch (visit.status()) {
                case PLANNED -> planned++;
                case HELD -> held++;
                case CONCLUDED -> concluded++;
            }
        }
        return new TourProgressView.Counts(planned, held, concluded);
    }

    /**
     * An aggregate id as a key of an {@code applied} map. Ids are chosen by clients, and a field name in a stored
     * document must not contain a dot (the mapping refuses it) nor start with {@code $}.
     */
    static String source(String aggregateId) {
        return aggregateId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
