package se.nyskapa.command.visit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.command.CommandSideTest;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ScheduleVisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;

/**
 * Another command-side instance over the same event store changes a visit that this instance holds in its cache:
 * this instance's next command on the visit appends at a sequence number the store already has. It is sent again and
 * applied to the visit as stored, rather than refused.
 */
@CommandSideTest
class ConcurrentInstancesTests {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;

    @Test
    void aCommandOnAVisitAnotherInstanceChangedMeanwhile_isAppliedToTheVisitAsStored() {
        commands.sendAndWait(new ScheduleVisit("ragunda", "2303", LocalDate.of(2015, 11, 9), "Ragunda kommunhus",
                                               List.of()));
        commands.sendAndWait(new RecordContribution("ragunda", "r-1", NEED, "Bredband i byarna", CITIZEN));
        // what another instance stored, unseen by this instance's cache
        eventStore.publish(new GenericDomainEventMessage<>("Visit", "ragunda", 2, new ContributionRecorded(
                "ragunda", "2303", "r-2", IDEA, "En gemensam turistportal", BUSINESS,
                Instant.parse("2015-11-09T10:00:00Z"), null)));

        Outcome outcome = commands.sendAndWait(new RecordContribution("ragunda", "r-3", NEED, "Fler lärare",
                                                                      CITIZEN));

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        assertThat(eventStore.readEvents("ragunda", 0).asStream().map(event -> event.getPayload())
                             .filter(ContributionRecorded.class::isInstance).map(ContributionRecorded.class::cast)
                             .map(ContributionRecorded::contributionId))
                .containsExactly("r-1", "r-2", "r-3");
    }
}
