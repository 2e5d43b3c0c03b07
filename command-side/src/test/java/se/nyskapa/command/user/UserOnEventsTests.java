package se.nyskapa.command.user;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.nyskapa.command.CommandSideTest;
import se.nyskapa.region.Region;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ScheduleVisit;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.CITIZEN;

@CommandSideTest
class UserOnEventsTests {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    Region region;

    @Test
    void theEventsOfACommand_nameTheSignedInUser() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("karin", null, List.of()));
        try {
            commands.sendAndWait(new ScheduleVisit("berg", "2326", LocalDate.of(2015, 11, 17), "Bergs kommunhus",
                                                   List.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(events("berg")).extracting(event -> event.getMetaData().get("user")).containsExactly("karin");
    }

    @Test
    void theEventsOfACommand_nameNobody_whenNoOneIsSignedIn() {
        commands.sendAndWait(new ScheduleVisit("are", "2321", LocalDate.of(2015, 11, 12), "Åre kommunhus",
                                               List.of("Erik")));
        commands.sendAndWait(new RecordContribution("are", "c-1", NEED, "Fler mötesplatser för unga", CITIZEN));

        assertThat(events("are")).extracting(event -> event.getMetaData().get("user"))
                                 .containsExactly("anonym", "anonym");
    }

    @Test
    void theEventsOfACommand_keepAxonsCorrelationWithTheCommand() {
        CommandMessage<?> schedule = GenericCommandMessage.asCommandMessage(new ScheduleVisit(
                "krokom", "2309", LocalDate.of(2015, 11, 19), "Krokoms bibliotek", List.of()));

        commands.sendAndWait(schedule);

        DomainEventMessage<?> scheduled = events("krokom").get(0);
        assertThat(scheduled.getMetaData()).containsEntry("correlationId", schedule.getIdentifier())
                                           .containsEntry("traceId", schedule.getIdentifier())
                                           .containsEntry("user", "anonym");
    }

    @Test
    void theRegionsSeedThemes_areDefinedByTheSystem() {
        List<? extends DomainEventMessage<?>> seeded = events(region.code());

        assertThat(seeded).hasSize(region.themes().size())
                          .allSatisfy(event -> assertThat(event.getMetaData()).containsEntry("user", "system"));
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }
}
