package se.nyskapa.query.visit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.query.support.DocumentProjection;
import se.nyskapa.query.support.DocumentStore;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.visit.AttendanceRecorded;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;
import se.nyskapa.visit.FindVisit;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitConcluded;
import se.nyskapa.visit.VisitJoinedTour;
import se.nyskapa.visit.VisitReopened;
import se.nyskapa.visit.VisitScheduled;
import se.nyskapa.visit.VisitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Optional;
import java.util.function.Consumer;

/** One document per visit; events of a visit arrive in order, so its last sequence number guards replays. */
@Component
@ProcessingGroup(VisitProjection.PROCESSING_GROUP)
class VisitProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "visits";

    private final DocumentStore documents;
    private final Region region;
    private final Clock clock;

    VisitProjection(DocumentStore documents, Region region, Clock clock) {
        super(documents, PROCESSING_GROUP, VisitDocument.class);
        this.documents = documents;
        this.region = region;
        this.clock = clock;
    }

    @EventHandler
    void on(VisitScheduled event, @SequenceNumber long sequence) {
        VisitDocument visit = batch.find(VisitDocument.class, event.visitId()).orElseGet(VisitDocument::new);
        if (visit.lastSequence >= sequence) {
            return;
        }
        visit.id = event.visitId();
        visit.municipalityCode = event.municipalityCode();
        visit.date = event.date();
        visit.venue = event.venue();
        visit.hosts = new ArrayList<>(event.hosts());
        visit.lastSequence = sequence;
        batch.save(visit);
    }

    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> {
            VisitDocument.Entry entry = new VisitDocument.Entry();
            entry.contributionId = event.contributionId();
            entry.kind = event.kind();
            entry.text = event.text();
            entry.sector = event.sector();
            entry.feedback = event.feedback();
            entry.recordedAt = event.recordedAt();
            visit.contributions.add(entry);
        });
    }

    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> entry(visit, event.contributionId()).ifPresent(entry -> {
            entry.text = event.text();
            entry.amendedAt = event.amendedAt();
        }));
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> entry(visit, event.contributionId()).ifPresent(entry -> {
            entry.retractedAt = event.retractedAt();
            entry.retractionReason = event.reason();
        }));
    }

    @EventHandler
    void on(ContributionTagged event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> entry(visit, event.contributionId())
                .ifPresent(entry -> entry.themeIds = new ArrayList<>(event.themeIds())));
    }

    @EventHandler
    void on(VisitJoinedTour event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> visit.tourId = event.tourId());
    }

    @EventHandler
    void on(AttendanceRecorded event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> {
            visit.attendance = new EnumMap<>(Sector.class);
            visit.attendance.putAll(event.participants());
        });
    }

    @EventHandler
    void on(VisitConcluded event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> {
            visit.concluded = true;
            visit.summary = event.summary();
            visit.concludedAt = event.concludedAt();
        });
    }

    @EventHandler
    void on(VisitReopened event, @SequenceNumber long sequence) {
        update(event.visitId(), sequence, visit -> visit.concluded = false);
    }

    @QueryHandler
    Optional<VisitView> handle(FindVisit query) {
        return documents.findById(query.visitId(), VisitDocument.class).map(this::view);
    }

    private void update(String visitId, long sequence, Consumer<VisitDocument> change) {
        batch.find(VisitDocument.class, visitId)
             .filter(visit -> visit.lastSequence < sequence)
             .ifPresent(visit -> {
                 change.accept(visit);
                 visit.lastSequence = sequence;
                 batch.save(visit);
             });
    }

    private static Optional<VisitDocument.Entry> entry(VisitDocument visit, String contributionId) {
        return visit.contributions.stream().filter(c -> c.contributionId.equals(contributionId)).findFirst();
    }

    private VisitView view(VisitDocument visit) {
        LocalDate today = LocalDate.now(clock.withZone(region.zone()));
        return new VisitView(
                visit.id, visit.municipalityCode,
                region.municipality(visit.municipalityCode).map(Municipality::name).orElse(visit.municipalityCode),
                visit.date, visit.venue, visit.hosts, visit.tourId,
                VisitStatuses.of(visit.concluded, !visit.contributions.isEmpty(), visit.date, today),
                visit.contributions.stream()
                                   .map(c -> new VisitView.ContributionView(c.contributionId, c.kind, c.text,
                                                                            c.sector, c.themeIds, c.feedback,
                                                                            c.recordedAt, c.amendedAt,
                                                                            c.retractedAt, c.retractionReason))
                                   .toList(),
                visit.attendance, visit.summary, visit.concluded ? visit.concludedAt : null);
    }
}
