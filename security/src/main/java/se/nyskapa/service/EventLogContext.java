package se.nyskapa.service;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * While an event processor handles an event, every log line names the event ({@value #EVENT_ID}) and the request it
 * came from ({@value CorrelationIdFilter#MDC_KEY}: the event's trace id, which {@link TraceOnCommands} set from the
 * request's correlation id). At debug level it logs each event each processor handles, to follow one request through
 * the projections.
 */
public class EventLogContext implements MessageHandlerInterceptor<EventMessage<?>> {

    static final String EVENT_ID = "eventId";

    private static final Logger log = LoggerFactory.getLogger(EventLogContext.class);

    private final String processor;

    public EventLogContext(String processor) {
        this.processor = processor;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Object trace = event.getMetaData().get(TraceOnCommands.TRACE_KEY);
        // a subscribing processor runs in the thread of the request that published the event: give its ids back
        String outerEvent = MDC.get(EVENT_ID);
        String outerCorrelation = MDC.get(CorrelationIdFilter.MDC_KEY);
        MDC.put(EVENT_ID, event.getIdentifier());
        if (trace != null) {
            MDC.put(CorrelationIdFilter.MDC_KEY, trace.toString());
        }
        try {
            Object result = chain.proceed();
            if (log.isDebugEnabled()) {
                log.debug("{} handled {}", processor, event.getPayloadType().getSimpleName());
            }
            return result;
        } finally {
            restore(EVENT_ID, outerEvent);
            restore(CorrelationIdFilter.MDC_KEY, outerCorrelation);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
