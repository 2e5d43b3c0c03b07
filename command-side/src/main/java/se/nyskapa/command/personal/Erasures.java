package se.nyskapa.command.personal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;
import se.nyskapa.personal.ErasePerson;
import se.nyskapa.personal.ErasureResult;
import se.nyskapa.personal.PersonalData;
import se.nyskapa.personal.PersonalKeyErased;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static se.nyskapa.rejection.RejectedException.notFound;

/**
 * Erases a person: their key is deleted, and an event says which key, in the same transaction (the key table is in
 * the database of the event store). The event names the key alone, so the erasure leaves nothing of the person behind.
 */
@Component
class Erasures {

    private final PersonalData personalData;
    private final EventBus events;
    private final Clock clock;

    Erasures(PersonalData personalData, EventBus events, Clock clock) {
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    @CommandHandler
    ErasureResult handle(ErasePerson command) {
        List<String> keyIds = personalData.erase(command.email());
        if (keyIds.isEmpty()) {
            throw notFound("email", "no personal data is kept under this address (or it was erased already)");
        }
        Instant now = clock.instant();
        events.publish(keyIds.stream()
                             .map(keyId -> GenericEventMessage.asEventMessage(new PersonalKeyErased(keyId, now)))
                             .toList());
        return new ErasureResult(keyIds.size());
    }
}
