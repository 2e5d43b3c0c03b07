package se.nyskapa.personal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Makes every service forget a key it holds in memory once that key is erased, wherever the erasure happened. Its
 * processor is each service's own, reading from the head of the stream with its position in memory: a service that
 * starts holds no key yet, and every service must see every erasure.
 */
@ProcessingGroup(ErasedKeys.PROCESSING_GROUP)
class ErasedKeys {

    static final String PROCESSING_GROUP = "personal-keys";

    private final PersonalData personalData;

    ErasedKeys(PersonalData personalData) {
        this.personalData = personalData;
    }

    @EventHandler
    void on(PersonalKeyErased event) {
        personalData.forget(event.keyId());
    }
}
