package se.nyskapa.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** How many events each event processor has handed to its projection, redeliveries included. */
public final class Deliveries {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    MessageHandlerInterceptor<EventMessage<?>> counter(String processor) {
        AtomicLong count = counts.computeIfAbsent(processor, name -> new AtomicLong());
        return (unitOfWork, chain) -> {
            count.incrementAndGet();
            return chain.proceed();
        };
    }

    public long of(String processor) {
        return counts.getOrDefault(processor, new AtomicLong()).get();
    }
}
