package se.nyskapa.command.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import se.nyskapa.programme.PublishDraft;
import se.nyskapa.proposal.DraftProposal;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.visit.AmendContribution;
import se.nyskapa.visit.ConcludeVisit;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Outcome;
import se.nyskapa.visit.RecordContribution;
import se.nyskapa.visit.RetractContribution;
import se.nyskapa.visit.TagContribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The demo's commands go out in an order the domain's rules accept, and the first refusal stops the load. */
class DemoScriptTest {

    private static final DemoData DEMO = DemoData.read();

    private final List<Object> sent = Collections.synchronizedList(new ArrayList<>());

    @Test
    void everyEvidence_isRecordedBeforeItsProposal_andEveryProposalBeforeTheFeedbackOnIt() {
        new DemoScript(gateway(DemoScriptTest::accepted)).run(DEMO);

        for (Object command : sent) {
            if (command instanceof DraftProposal draft) {
                draft.evidence().forEach(id -> assertThat(indexOfRecording(id)).isLessThan(sent.indexOf(draft)));
            }
            if (command instanceof RecordContribution recording && recording.kind() == ContributionKind.FEEDBACK) {
                assertThat(indexOfDraft(recording.feedback().proposalId())).isLessThan(sent.indexOf(recording));
            }
        }
    }

    @Test
    void amendmentsAndRetractions_comeWhileTheVisitIsOpen_andTagsAfterItIsConcluded() {
        new DemoScript(gateway(DemoScriptTest::accepted)).run(DEMO);

        for (Object command : sent) {
            if (command instanceof AmendContribution amendment) {
                assertThat(sent.indexOf(amendment)).isLessThan(indexOfConclusion(amendment.visitId()));
            }
            if (command instanceof RetractContribution retraction) {
                assertThat(sent.indexOf(retraction)).isLessThan(indexOfConclusion(retraction.visitId()));
            }
            if (command instanceof TagContribution tagging) {
                assertThat(sent.indexOf(tagging)).isGreaterThan(indexOfConclusion(tagging.visitId()));
            }
        }
        assertThat(sent.stream().filter(PublishDraft.class::isInstance)).hasSize(2);
    }

    @Test
    void run_answersHowManyCommandsItSent() {
        int count = new DemoScript(gateway(DemoScriptTest::accepted)).run(DEMO);

        assertThat(count).isEqualTo(sent.size()).isGreaterThan(DEMO.contributions().size());
    }

    @Test
    void aRefusedCommand_stopsTheLoad_namingTheCommandAndWhy() {
        CommandGateway refusing = gateway(command -> {
            if (command instanceof DraftProposal) {
                throw RejectedException.invalid("evidence", "no contribution with id demo-x");
            }
            return accepted(command);
        });

        assertThatThrownBy(() -> new DemoScript(refusing).run(DEMO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DraftProposal")
                .hasMessageContaining("no contribution with id demo-x");
        assertThat(sent.get(sent.size() - 1)).isInstanceOf(DraftProposal.class);
    }

    @Test
    void aCommandThatChangesNothing_stopsTheLoad() {
        CommandGateway unchanged = gateway(command -> command instanceof TagContribution ? Outcome.UNCHANGED
                : accepted(command));

        assertThatThrownBy(() -> new DemoScript(unchanged).run(DEMO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TagContribution")
                .hasMessageContaining("UNCHANGED");
    }

    private CommandGateway gateway(Function<Object, Object> answer) {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any(), any(MetaData.class))).thenAnswer(invocation -> {
            Object command = invocation.getArgument(0);
            sent.add(command);
            return answer.apply(command);
        });
        return gateway;
    }

    private static Object accepted(Object command) {
        return command instanceof PublishDraft ? 1 : Outcome.APPLIED;
    }

    private int indexOfRecording(String contributionId) {
        return indexOf(command -> command instanceof RecordContribution recording
                && recording.contributionId().equals(contributionId));
    }

    private int indexOfDraft(String proposalId) {
        return indexOf(command -> command instanceof DraftProposal draft && draft.proposalId().equals(proposalId));
    }

    private int indexOfConclusion(String visitId) {
        return indexOf(command -> command instanceof ConcludeVisit conclusion && conclusion.visitId().equals(visitId));
    }

    private int indexOf(Predicate<Object> which) {
        for (int i = 0; i < sent.size(); i++) {
            if (which.test(sent.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such command was sent");
    }
}
