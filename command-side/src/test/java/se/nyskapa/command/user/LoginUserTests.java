package se.nyskapa.command.user;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import se.nyskapa.command.CommandSideTest;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.proposal.MergeProposals;
import se.nyskapa.proposal.ProposalAbsorbed;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.ScheduleVisit;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nyskapa.visit.ContributionKind.IDEA;
import static se.nyskapa.visit.ContributionKind.NEED;
import static se.nyskapa.visit.Sector.BUSINESS;
import static se.nyskapa.visit.Sector.CITIZEN;

/** A login supplies only the name: its own {@link CurrentUser} takes the placeholder's place. */
@CommandSideTest
@Import(LoginUserTests.SignedIn.class)
class LoginUserTests {

    private static final String ANNA = "Anna Berg";

    @TestConfiguration
    static class SignedIn {

        @Bean
        CurrentUser signedInUser() {
            return () -> ANNA;
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;

    @Test
    void theEventsOfACommand_nameTheUserTheLoginSupplies() {
        commands.sendAndWait(new ScheduleVisit("are", "2321", LocalDate.of(2015, 11, 12), "Åre kommunhus",
                                               List.of()));

        assertThat(events("are")).singleElement()
                                 .satisfies(event -> assertThat(event.getMetaData()).containsEntry("user", ANNA));
    }

    @Test
    void aMergeThatChangesTwoProposals_namesTheUserOnTheEventsOfBoth() {
        commands.sendAndWait(new ScheduleVisit("ostersund", "2380", LocalDate.of(2015, 11, 16), "Rådhuset",
                                               List.of()));
        commands.sendAndWait(new RecordContribution("ostersund", "o-1", NEED, "Snabbare bygglov", BUSINESS));
        commands.sendAndWait(new RecordContribution("ostersund", "o-2", IDEA, "En idésluss", CITIZEN));
        commands.sendAndWait(new DraftProposal("p-bygglov", "Kreativ byråkrati i bygglov", "", "kreativ-byrakrati",
                                               List.of("o-1")));
        commands.sendAndWait(new DraftProposal("p-idesluss", "Idéslussar", "", "kreativ-byrakrati",
                                               List.of("o-2")));

        commands.sendAndWait(new MergeProposals("p-bygglov", "p-idesluss"));

        assertThat(events("p-idesluss")).last().satisfies(merged -> {
            assertThat(merged.getPayload()).isInstanceOf(ProposalMerged.class);
            assertThat(merged.getMetaData()).containsEntry("user", ANNA);
        });
        assertThat(events("p-bygglov")).last().satisfies(absorbed -> {
            assertThat(absorbed.getPayload()).isInstanceOf(ProposalAbsorbed.class);
            assertThat(absorbed.getMetaData()).containsEntry("user", ANNA);
        });
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }
}
