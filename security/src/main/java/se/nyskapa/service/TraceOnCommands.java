package se.nyskapa.service;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gives a command sent while serving a request the request's correlation id as Axon's trace id. Axon's
 * {@link MessageOriginProvider} copies a command's {@code traceId} onto every event the command produces (and sets
 * each event's {@code correlationId} to the command's own id), so the id a request came with is found again on its
 * events, wherever the command is handled, and on the log lines of the projections that handle them
 * ({@link EventLogContext}). A command sent outside a request, or that names its trace already, is left as it is:
 * Axon then traces it to itself.
 */
public class TraceOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    static final String TRACE_KEY = MessageOriginProvider.getDefaultTraceKey();

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        // read on the dispatching thread, the request's, before the command may go elsewhere
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        return (index, command) -> correlationId == null || command.getMetaData().containsKey(TRACE_KEY)
                ? command
                : command.andMetaData(Map.of(TRACE_KEY, correlationId));
    }
}
