package se.nyskapa.query.live;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells subscribers when a projection has stored a batch: every event processor announces, once per batch and only
 * once the batch is committed, that its projection changed. Pages follow these announcements through
 * {@link LiveController}; they then read the projection as any reader does.
 */
@Configuration(proxyBeanMethods = false)
class LiveProjections {

    @Bean
    ConfigurerModule announceBatches() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                (config, processor) -> new AnnounceBatch(processor, config.queryUpdateEmitter())));
    }

    /** The first answer of a subscription: which projections it follows. */
    @QueryHandler
    WatchProjections watch(WatchProjections query) {
        return query;
    }

    private record AnnounceBatch(String projection, QueryUpdateEmitter emitter)
            implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            // A batch is one unit of work; its resources hold the mark that this batch has been announced already.
            if (unitOfWork.root().resources().putIfAbsent(AnnounceBatch.class.getName(), Boolean.TRUE) == null) {
                // Emitted inside a unit of work, the update is sent after it commits, and not at all if it rolls back.
                emitter.emit(WatchProjections.class, query -> query.projections().contains(projection),
                             new ProjectionChanged(projection));
            }
            return chain.proceed();
        }
    }
}
