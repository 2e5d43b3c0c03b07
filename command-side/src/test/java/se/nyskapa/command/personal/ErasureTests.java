package se.nyskapa.command.personal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nyskapa.command.CommandSideTest;
import se.nyskapa.personal.Contributor;
import se.nyskapa.personal.ErasePerson;
import se.nyskapa.personal.ErasureResult;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.PersonalKeyErased;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.rejection.Rejection;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ScheduleVisit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.CITIZEN;

/** Erasure through the real command bus, event store and key table. */
@CommandSideTest
class ErasureTests {

    private static final Contributor ASA = new Contributor("Åsa Sjöström", "asa.sjostrom@are.se", "Åre kommun", true);

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personalData;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void erasingAPerson_deletesTheirKey_andStoresAnEventNamingTheKeyAlone() {
        commands.sendAndWait(new ScheduleVisit("are-erasure", "2321", LocalDate.of(2015, 11, 12), "Åre kommunhus",
                                               List.of()));
        commands.sendAndWait(new RecordContribution("are-erasure", "c-erasure-1", NEED, "Fler mötesplatser för unga",
                                                    CITIZEN, null, null, ASA, true));
        ContributionRecorded recorded = (ContributionRecorded) eventStore.readEvents("are-erasure").asStream()
                                                                         .toList().get(1).getPayload();
        assertThat(personalData.open("c-erasure-1", recorded.contributor())).contains(ASA);

        ErasureResult result = commands.sendAndWait(new ErasePerson("ASA.sjostrom@are.se"));

        assertThat(result).isEqualTo(new ErasureResult(1));
        assertThat(personalData.open("c-erasure-1", recorded.contributor())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_key WHERE key_id = ?").param(recorded.contributor().keyId())
                       .query(Long.class).single()).isZero();
        TrackedEventMessage<?> erased = lastStoredEvent();
        assertThat(erased.getPayload()).isInstanceOf(PersonalKeyErased.class)
                                       .extracting(event -> ((PersonalKeyErased) event).keyId())
                                       .isEqualTo(recorded.contributor().keyId());
        assertThat(erased.getMetaData()).containsEntry("user", "anonym");
        // the processor that makes every other service forget the key runs; reading the erasure is PersonalDataTest's
        assertThat(processing.eventProcessor("personal-keys", StreamingEventProcessor.class)).hasValueSatisfying(
                processor -> assertThat(processor.isRunning()).isTrue());
    }

    @Test
    void erasingAnAddressNoOneHas_isRefusedAsNotFound_andStoresNothing() {
        TrackedEventMessage<?> before = lastStoredEvent();

        assertThatThrownBy(() -> commands.sendAndWait(new ErasePerson("ingen@example.se")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.rejection().reason())
                        .isEqualTo(Rejection.Reason.NOT_FOUND));
        assertThat(lastStoredEvent().getIdentifier()).isEqualTo(before.getIdentifier());
    }

    private TrackedEventMessage<?> lastStoredEvent() {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events.get(events.size() - 1);
    }
}
