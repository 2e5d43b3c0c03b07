package se.nyskapa.command.proposal;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import se.nyskapa.proposal.ProposalEvent;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The repository a test hands to {@link ProposalLineage}. Axon's AggregateTestFixture keeps a single event stream:
 * loading a second aggregate fails ("the when-identifier ... does not resemble the given-identifier") and so does
 * storing events of two aggregates in one command ("Writing events for an unexpected aggregate"). Merging and
 * splitting touch two proposals, so the proposal under test stays in the fixture (its events are what
 * {@code expectEvents} sees) and every other proposal lives here, in an in-memory event store the test fills with
 * {@link #given} and reads with {@link #eventsOf}.
 */
final class OtherProposals implements Repository<Proposal> {

    private final Repository<Proposal> fixtureRepository;
    private final String proposalUnderTest;
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                               .storageEngine(new InMemoryEventStorageEngine())
                                                               .build();
    private final Repository<Proposal> repository = EventSourcingRepository.builder(Proposal.class)
                                                                           .eventStore(store)
                                                                           .build();

    OtherProposals(Repository<Proposal> fixtureRepository, String proposalUnderTest) {
        this.fixtureRepository = fixtureRepository;
        this.proposalUnderTest = proposalUnderTest;
    }

    /** Stores these events of another proposal, after any it already has. */
    void given(String proposalId, ProposalEvent... events) {
        long next = store.lastSequenceNumberFor(proposalId).map(last -> last + 1).orElse(0L);
        for (ProposalEvent event : events) {
            store.publish(new GenericDomainEventMessage<>(Proposal.class.getSimpleName(), proposalId, next++, event));
        }
    }

    /** Every event stored for another proposal, in order: those given and those a command added. */
    List<Object> eventsOf(String proposalId) {
        return store.readEvents(proposalId).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    @Override
    public Aggregate<Proposal> load(String aggregateIdentifier) {
        return aggregateIdentifier.equals(proposalUnderTest)
                ? fixtureRepository.load(aggregateIdentifier)
                : repository.load(aggregateIdentifier);
    }

    @Override
    public Aggregate<Proposal> load(String aggregateIdentifier, Long expectedVersion) {
        return aggregateIdentifier.equals(proposalUnderTest)
                ? fixtureRepository.load(aggregateIdentifier, expectedVersion)
                : repository.load(aggregateIdentifier, expectedVersion);
    }

    /** Only a split creates a proposal here, and it is never the proposal under test. */
    @Override
    public Aggregate<Proposal> newInstance(Callable<Proposal> factoryMethod) throws Exception {
        return repository.newInstance(factoryMethod);
    }

    @Override
    public void send(Message<?> message, ScopeDescriptor scopeDescription) throws Exception {
        fixtureRepository.send(message, scopeDescription);
    }

    @Override
    public boolean canResolve(ScopeDescriptor scopeDescription) {
        return fixtureRepository.canResolve(scopeDescription);
    }
}
