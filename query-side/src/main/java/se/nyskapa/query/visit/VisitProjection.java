package se.nyskapa.query.visit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import se.nyskapa.personal.PersonalData;
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
import se.nyskapa.visit.VisitEvent;
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

/**
 * One document per visit; events of a visit arrive in order, so its last sequence number guards replays. Personal
 * data is kept as the events carry it, sealed, and opened when the visit is read.
 */
@Component
@ProcessingGroup(VisitProjection.PROCESSING_GROUP)
class VisitProjection extends DocumentProjection {

    static final String PROCESSING_GROUP = "visits";

    private final DocumentStore documents;
    private final Region region;
    private final Clock clock;
    private final PersonalData personalData;

    VisitProjection(DocumentStore documents, Region region, Clock clock, PersonalData personalData) {
        super(documents, PROCESSING_GROUP, VisitContribution.class, VisitDocument.class);
        batch.keyedByContribution(VisitContribution.class)
             .readAhead(VisitDocument.class, VisitEvent.class, VisitEvent::visitId);
        this.documents = documents;
        this.region = region;
        this.clock = clock;
        this.personalData = personalData;
    }

    /** 2: each contribution in a document of its own; a visit lists their ids. 3: contributions keep loggedAt. */
    @Override
    public int version() {
        return 3;
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
        VisitContribution contribution = batch.find(VisitContribution.class, event.contributionId())
                                              .orElseGet(() -> new VisitContribution(event.contributionId()));
        if (contribution.lastSequence < sequence) {
            contribution.kind = event.kind();
            contribution.text = event.text();
            contribution.personalText = event.personalText();
            contribution.contributor = event.contributor();
            contribution.sector = event.sector();
            contribution.feedback = event.feedback();
            contribution.recordedAt = event.recordedAt();
            contribution.loggedAt = event.loggedAt();
            contribution.lastSequence = sequence;
            batch.save(contribution);
        }
        update(event.visitId(), sequence, visit -> {
            if (!visit.contributionIds.contains(event.contributionId())) {
                visit.contributionIds.add(event.contributionId());
            }
        });
    }

    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        updateContribution(event.contributionId(), sequence, contribution -> {
            contribution.text = event.text();
            contribution.personalText = event.personalText();
            contribution.amendedAt = event.amendedAt();
        });
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        updateContribution(event.contributionId(), sequence, contribution -> {
            contribution.retractedAt = event.retractedAt();
            contribution.retractionReason = event.reason();
        });
    }

    @EventHandler
    void on(ContributionTagged event, @SequenceNumber long sequence) {
        updateContribution(event.contributionId(), sequence,
                           contribution -> contribution.themeIds = new ArrayList<>(event.themeIds()));
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
        return documents.read(query.visitId(), VisitDocument.class).map(this::view);
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

    private void updateContribution(String contributionId, long sequence, Consumer<VisitContribution> change) {
        batch.find(VisitContribution.class, contributionId)
             .filter(contribution -> contribution.lastSequence < sequence)
             .ifPresent(contribution -> {
                 change.accept(contribution);
                 contribution.lastSequence = sequence;
                 batch.save(contribution);
             });
    }

    private VisitView view(VisitDocument visit) {
        LocalDate today = LocalDate.now(clock.withZone(region.zone()));
        return new VisitView(
                visit.id, visit.municipalityCode,
                region.municipality(visit.municipalityCode).map(Municipality::name).orElse(visit.municipalityCode),
                visit.date, visit.venue, visit.hosts, visit.tourId,
                VisitStatuses.of(visit.concluded, !visit.contributionIds.isEmpty(), visit.date, today),
                documents.findAllInOrder(visit.contributionIds, VisitContribution.class).stream()
                                    .map(c -> new VisitView.ContributionView(
                                            c.id, c.kind, personalData.shown(c.id, c.text, c.personalText), c.sector,
                                            c.themeIds, c.feedback, c.recordedAt, c.amendedAt, c.retractedAt,
                                            c.retractionReason, c.loggedAt, personalData.shown(c.id, c.contributor),
                                            c.personalText != null))
                                    .toList(),
                visit.attendance, visit.summary, visit.concluded ? visit.concludedAt : null);
    }
}
