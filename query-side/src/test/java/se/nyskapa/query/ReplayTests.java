package se.nyskapa.query;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.region.Municipality;
import se.nyskapa.region.Region;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;
import se.nyskapa.visit.VisitEvent;
import se.nyskapa.visit.VisitSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.query.ProjectionTestApplication.TODAY;
import static se.nyskapa.visit.ContributionKind.NEED;

@ProjectionTest
class ReplayTests {

    private static final Instant START = Instant.parse("2015-11-02T08:00:00Z");
    private static final int ROUNDS = 40;
    private static final VisitSummary SUMMARY =
            new VisitSummary("Dialog", "Behov", "Lärdomar", "Nästa", "Resurser", "Steg", "Styrkor");

    @Autowired
    EventLog events;
    @Autowired
    Projections projections;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Region region;

    private Map<String, List<Document>> incrementallyBuilt;

    @BeforeEach
    void publishTourAndWaitForProjections() {
        publishTour();
        projections.awaitCaughtUp();
        incrementallyBuilt = projections.documents();
        assertThat(incrementallyBuilt).allSatisfy((collection, documents) -> assertThat(documents).isNotEmpty());
    }

    @Test
    void redeliveredEventsChangeNoDocument() {
        long rewoundTo = projections.head() / 2;
        Map<String, Long> deliveredBefore = delivered();

        projections.processors().forEach(StreamingEventProcessor::shutDown);
        projections.processors().forEach(p -> projections.rewind(p, new GlobalSequenceTrackingToken(rewoundTo)));
        projections.processors().forEach(StreamingEventProcessor::start);
        projections.awaitCaughtUp();

        assertThat(delivered()).allSatisfy((processor, count) -> assertThat(count)
                .isGreaterThanOrEqualTo(deliveredBefore.get(processor) + projections.head() - rewoundTo));
        assertDocumentsAsIncrementallyBuilt();
    }

    @Test
    void rebuiltProjectionsEqualTheIncrementallyBuiltOnes() {
        projections.processors().forEach(processor -> {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        });
        projections.awaitCaughtUp();

        assertDocumentsAsIncrementallyBuilt();
    }

    private void assertDocumentsAsIncrementallyBuilt() {
        Map<String, List<Document>> documents = projections.documents();
        incrementallyBuilt.forEach((collection, expected) ->
                assertThat(documents.get(collection)).as(collection).containsExactlyElementsOf(expected));
    }

    private Map<String, Long> delivered() {
        return projections.processors().stream().map(StreamingEventProcessor::getName)
                          .collect(Collectors.toMap(Function.identity(), deliveries::of));
    }

    /**
     * Two visits to Östersund and Åre and one to every other kommun, their contributions interleaved, some amended or
     * retracted, attendance recorded and corrected, most visits concluded and one reopened; published round by round
     * so that the processors see it in batches of varying size.
     */
    private void publishTour() {
        List<VisitEvents> visits = new ArrayList<>();
        for (Municipality municipality : region.municipalities()) {
            visits.add(new VisitEvents("visit-" + municipality.code() + "-autumn", municipality.code()));
        }
        visits.add(new VisitEvents("visit-2380-spring", "2380"));
        visits.add(new VisitEvents("visit-2321-spring", "2321"));

        List<VisitEvent> scheduled = new ArrayList<>();
        for (int v = 0; v < visits.size(); v++) {
            scheduled.add(visits.get(v).scheduled(TODAY.minusDays(10).plusDays(v * 3L), "Kommunhuset", "Anna Berg"));
        }
        events.publish(scheduled);

        ContributionKind[] kinds = ContributionKind.values();
        Sector[] sectors = Sector.values();
        for (int round = 0; round < ROUNDS; round++) {
            List<VisitEvent> roundEvents = new ArrayList<>();
            for (int v = 0; v < visits.size(); v++) {
                VisitEvents visit = visits.get(v);
                Instant at = START.plusSeconds(3_600L * round + 60L * v);
                String id = visit.visitId() + "-c" + round;
                ContributionKind kind = round % 3 == 0 ? kinds[(round + v) % kinds.length] : NEED;
                roundEvents.add(visit.recorded(id, kind, sectors[(round + 2 * v) % sectors.length], "Inspel " + id, at));
                if (round % 7 == 6) {
                    roundEvents.add(visit.retracted(visit.visitId() + "-c" + (round - 3), "Dubblett", at));
                }
                if (round % 5 == 4) {
                    roundEvents.add(visit.amended(visit.visitId() + "-c" + (round - 2), "Omformulerat " + id, at));
                }
                if (round == ROUNDS / 2 || round == ROUNDS - 1) {
                    roundEvents.add(visit.attendance(Map.of(Sector.CITIZEN, 10 + round + v, Sector.BUSINESS, v), at));
                }
            }
            events.publish(roundEvents);
        }

        List<VisitEvent> closing = new ArrayList<>();
        for (int v = 0; v < visits.size() - 1; v++) {
            closing.add(visits.get(v).concluded(SUMMARY, START.plusSeconds(3_600L * ROUNDS + v)));
        }
        closing.add(visits.get(0).reopened(START.plusSeconds(3_600L * (ROUNDS + 1))));
        events.publish(closing);
    }
}
